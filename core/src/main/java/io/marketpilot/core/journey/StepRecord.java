package io.marketpilot.core.journey;

import java.time.Instant;

/** One line of an enrolment's history: at this step, this happened, then. */
public record StepRecord(String stepId, StepOutcome outcome, Instant at) {
    public StepRecord {
        Names.id(stepId, "step id");
        Names.present(outcome, "step outcome");
        Names.present(at, "time");
    }
}
