package io.marketpilot.journeys.stepper;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;

/**
 * Where one customer stands in a journey.
 *
 * @param stepId the step they are on
 * @param enteredJourneyAt when they entered (goals count from here)
 * @param enteredStepAt when they reached this step (waits count from here)
 * @param holdout whether they are held out: they walk the journey but are sent nothing
 */
public record Place(String stepId, Instant enteredJourneyAt, Instant enteredStepAt, boolean holdout) {
    public Place {
        if (stepId == null || stepId.isBlank() || enteredJourneyAt == null || enteredStepAt == null) {
            throw MarketPilotException.invalid("a place names its step and when the customer entered it");
        }
        if (enteredStepAt.isBefore(enteredJourneyAt)) {
            throw MarketPilotException.invalid("a customer reaches a step after entering the journey");
        }
    }

    /** The same customer on {@code next}, reached at {@code at}. */
    public Place movedTo(String next, Instant at) {
        return new Place(next, enteredJourneyAt, at, holdout);
    }
}
