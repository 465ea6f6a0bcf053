package io.marketpilot.journeys.entry;

/** Whether a customer whose trigger fired enters the journey, and if so whether they are held out. */
public sealed interface EntryDecision {
    /**
     * They enter.
     *
     * @param holdout whether they walk the journey without being sent anything, to measure it
     */
    record Enter(boolean holdout) implements EntryDecision {}

    /** They do not enter, for this reason. */
    record Refused(Reason reason) implements EntryDecision {}

    /** Why a customer does not enter. */
    enum Reason {
        /** They are in the journey now. */
        IN_JOURNEY,
        /** The journey is once per customer and they entered before. */
        ENTERED_BEFORE,
        /** The journey's re-entry period has not passed since they last entered. */
        TOO_SOON
    }
}
