package io.marketpilot.core.journey;

import java.time.Instant;

/**
 * A customer entering a version of a journey on its first step, to be looked at from {@code dueAt} (usually at once).
 */
public record NewEnrolment(
        String journeyId,
        int version,
        String customerId,
        String firstStepId,
        boolean holdout,
        Instant at,
        Instant dueAt) {
    public NewEnrolment {
        Names.id(journeyId, "journey id");
        Names.id(customerId, "customer id");
        Names.id(firstStepId, "step id");
        Names.present(at, "entry time");
        Names.present(dueAt, "due time");
    }
}
