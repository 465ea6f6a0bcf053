package io.marketpilot.core.journey;

/** Whether a journey takes in customers. */
public enum JourneyStatus {
    /** Its trigger enrols customers and its enrolments advance. */
    ACTIVE,
    /** Nobody new enters; customers in it stay where they are until it is active again. */
    PAUSED;

    public String wireName() {
        return Names.wire(this);
    }

    public static JourneyStatus parse(String text) {
        return Names.parse(JourneyStatus.class, text, "journey status");
    }
}
