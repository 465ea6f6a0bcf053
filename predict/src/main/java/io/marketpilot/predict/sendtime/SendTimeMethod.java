package io.marketpilot.predict.sendtime;

/** The ways of choosing a send window that {@link SendTimeEvaluation} compares. */
public enum SendTimeMethod {
    /** Each customer's own window from {@link SendTimeModel}, shrunk towards the group by empirical Bayes. */
    PERSONAL("per-customer (shrunk)"),
    /** The group default: one window for everyone. */
    GLOBAL("one global window"),
    /** Each customer's most frequent weekday and hour without shrinkage; ties go to the group's favourite. */
    RAW_MODE("per-customer raw mode");

    private final String label;

    SendTimeMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
