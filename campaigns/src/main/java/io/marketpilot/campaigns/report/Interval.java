package io.marketpilot.campaigns.report;

/** A confidence interval, {@code low} to {@code high}. */
public record Interval(double low, double high) {
    /** Whether the interval holds 0: the data do not rule out "no effect". */
    public boolean containsZero() {
        return low <= 0 && high >= 0;
    }
}
