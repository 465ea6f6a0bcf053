package io.marketpilot.journeys.stepper;

/** Why a customer moved on from a step without a send or an update: what the report counts per step. */
public enum Transition {
    /** A fixed wait or a wait for the send time ended. */
    WAITED,
    /** The event a step waited for happened. */
    EVENT_SEEN,
    /** A wait for an event timed out. */
    TIMED_OUT,
    /** A branch's condition held. */
    BRANCH_THEN,
    /** A branch's condition did not hold. */
    BRANCH_ELSE,
    /** A send step passed over a customer in the holdout. */
    HELD_OUT
}
