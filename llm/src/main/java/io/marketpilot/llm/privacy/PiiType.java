package io.marketpilot.llm.privacy;

/** Kinds of personal data the redactor finds, in the order it prefers them when two findings overlap. */
public enum PiiType {
    EMAIL("email"),
    IBAN("iban"),
    CARD("card"),
    PHONE("phone"),
    ADDRESS("address"),
    NAME("person");

    private final String label;

    PiiType(String label) {
        this.label = label;
    }

    /** The name used in the test corpus and reports: email, iban, card, phone, address, person. */
    public String label() {
        return label;
    }

    /** The placeholder stem, e.g. {@code EMAIL} in {@code [EMAIL_1]}. */
    public String placeholderStem() {
        return name();
    }
}
