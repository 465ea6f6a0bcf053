package io.marketpilot.core.journey;

/** What happened to a customer at a step: what the journey report counts per step. */
public enum StepOutcome {
    /** They entered the journey (recorded on the first step). */
    ENTERED,
    /** A wait or a wait for the send time ended. */
    WAITED,
    /** The event a step waited for happened. */
    EVENT_SEEN,
    /** A wait for an event timed out. */
    TIMED_OUT,
    /** A branch's condition held. */
    BRANCHED_THEN,
    /** A branch's condition did not hold. */
    BRANCHED_ELSE,
    /** A send step queued their message. */
    SENT,
    /** A send step found a rule against sending (consent, suppression, frequency cap, no address). */
    NOT_SENT,
    /** A send step passed over them: they are in the holdout. */
    HELD_OUT,
    /** An update step changed their record. */
    UPDATED,
    /** They reached the journey's goal here. */
    CONVERTED,
    /** They left the journey here (an exit step or past the last step). */
    EXITED;

    public String wireName() {
        return Names.wire(this);
    }

    public static StepOutcome parse(String text) {
        return Names.parse(StepOutcome.class, text, "step outcome");
    }
}
