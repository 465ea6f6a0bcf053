package io.marketpilot.core.journey;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.Optional;

/**
 * One customer's passage through one version of a journey.
 *
 * @param stepId the step they are on (the last one they were on, once exited)
 * @param stepEnteredAt when they reached it
 * @param dueAt when a worker should look at them next (a timer's end, or at once); empty once exited
 * @param holdout whether they walk the journey without being sent anything
 * @param exitReason why they left (e.g. {@code goal}), once exited
 */
public record Enrolment(
        long id,
        String journeyId,
        int version,
        String customerId,
        String stepId,
        EnrolmentState state,
        boolean holdout,
        Instant enteredAt,
        Instant stepEnteredAt,
        Optional<Instant> dueAt,
        Optional<Instant> exitedAt,
        Optional<String> exitReason) {
    public Enrolment {
        Names.id(journeyId, "journey id");
        Names.id(customerId, "customer id");
        Names.id(stepId, "step id");
        Names.present(state, "enrolment state");
        Names.present(enteredAt, "entry time");
        Names.present(stepEnteredAt, "step time");
        Names.present(dueAt, "due time");
        Names.present(exitedAt, "exit time");
        Names.present(exitReason, "exit reason");
        if ((state == EnrolmentState.EXITED) != exitedAt.isPresent()
                || exitedAt.isPresent() != exitReason.isPresent()) {
            throw MarketPilotException.invalid("an enrolment has an exit time and reason exactly when it has exited");
        }
        if ((state == EnrolmentState.ACTIVE) != dueAt.isPresent()) {
            throw MarketPilotException.invalid("an enrolment has a due time exactly while it is active");
        }
    }
}
