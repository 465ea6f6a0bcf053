package io.marketpilot.core.journey;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer entering a version of a journey on its first step, to be looked at from {@code dueAt} (usually at once).
 * {@code trigger} names what took them in when it has an identity of its own ({@code event:<id>}, {@code day:<date>}):
 * a journey takes a customer in once per trigger, so a trigger handled a second time (an event posted again after its
 * server died before answering) enrols nobody twice.
 */
public record NewEnrolment(
        String journeyId,
        int version,
        String customerId,
        String firstStepId,
        boolean holdout,
        Instant at,
        Instant dueAt,
        Optional<String> trigger) {
    /** The longest trigger name the store keeps. */
    public static final int TRIGGER_LIMIT = 200;

    public NewEnrolment {
        Names.id(journeyId, "journey id");
        Names.id(customerId, "customer id");
        Names.id(firstStepId, "step id");
        Names.present(at, "entry time");
        Names.present(dueAt, "due time");
        if (trigger.filter(t -> t.isBlank() || t.length() > TRIGGER_LIMIT).isPresent()) {
            throw MarketPilotException.invalid(
                    "An enrolment's trigger is 1 to " + TRIGGER_LIMIT + " characters, was '" + trigger.get() + "'");
        }
    }

    /** An entry whose trigger has no identity of its own (a segment entered, a prediction crossing its threshold). */
    public NewEnrolment(
            String journeyId,
            int version,
            String customerId,
            String firstStepId,
            boolean holdout,
            Instant at,
            Instant dueAt) {
        this(journeyId, version, customerId, firstStepId, holdout, at, dueAt, Optional.empty());
    }
}
