package io.marketpilot.journeys.definition;

/** Which side of a threshold a value must be on. */
public enum Comparison {
    /** The value is the threshold or more. */
    AT_LEAST,
    /** The value is under the threshold. */
    BELOW;

    /** Whether {@code value} is on this side of {@code threshold}. */
    public boolean holds(double value, double threshold) {
        return this == AT_LEAST ? value >= threshold : value < threshold;
    }

    /** The name the JSON form uses, e.g. {@code at_least}. */
    public String wireName() {
        return Rules.wire(this);
    }

    /** The constant of a {@link #wireName}; an unknown name is refused, listing the known. */
    public static Comparison parse(String text) {
        return Rules.parse(Comparison.class, text, "comparison");
    }
}
