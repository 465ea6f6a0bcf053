package io.marketpilot.journeys.stepper;

/** Why a customer left a journey. */
public enum ExitReason {
    /** They reached the journey's goal (converted). */
    GOAL,
    /** They reached an exit step. */
    EXIT_STEP,
    /** They went past the last step. */
    END
}
