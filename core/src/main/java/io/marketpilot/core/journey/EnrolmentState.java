package io.marketpilot.core.journey;

/** Whether a customer is still in a journey. */
public enum EnrolmentState {
    /** On a step: waiting for its timer, or due to be advanced. */
    ACTIVE,
    /** Out of the journey, for good (a new entry is a new enrolment). */
    EXITED;

    public String wireName() {
        return Names.wire(this);
    }

    public static EnrolmentState parse(String text) {
        return Names.parse(EnrolmentState.class, text, "enrolment state");
    }
}
