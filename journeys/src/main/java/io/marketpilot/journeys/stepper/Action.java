package io.marketpilot.journeys.stepper;

import io.marketpilot.journeys.definition.Step;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens next to one customer in a journey. The caller carries it out, moves the customer's place to
 * {@code next} when the action has one (an empty {@code next} ends the journey there: {@link ExitReason#END}), and asks
 * again, until the answer is a {@link Wait} or an {@link Exit}.
 */
public sealed interface Action {
    /** Stay on the step until {@code until}: a timer to store. */
    record Wait(Instant until) implements Action {}

    /** Move on to {@code next} without doing anything else. */
    record Continue(Optional<String> next, Transition transition) implements Action {}

    /**
     * Send the step's message, not before {@code sendAt} (the quiet hours respected), then move on to {@code next}.
     * The send must pass {@link SendGate} at send time, as a campaign's message does.
     */
    record Send(Step.Send step, Instant sendAt, Optional<String> next) implements Action {}

    /** Apply the step's change to the customer's record, then move on to {@code next}. */
    record Update(Step.Update step, Optional<String> next) implements Action {}

    /** Take the customer out of the journey. */
    record Exit(ExitReason reason) implements Action {}
}
