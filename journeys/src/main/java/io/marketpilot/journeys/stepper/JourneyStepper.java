package io.marketpilot.journeys.stepper;

import io.marketpilot.campaigns.schedule.SendTimePlanner;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Says what happens next to one customer in a journey. It is pure: the same journey, place and facts give the same
 * action, so a worker that died mid-step and a second worker that retries it agree, and a timer's due time can be
 * computed again from the place alone.
 *
 * <p>The goal is checked first, on every step: a customer who converted leaves at once, even mid-wait. Only what
 * happened up to {@code now} counts.
 */
public final class JourneyStepper {
    /** How far ahead a wait for the send time looks for the customer's hour. */
    static final Duration SEND_TIME_HORIZON = Duration.ofDays(1);

    private JourneyStepper() {}

    public static Action next(JourneyDefinition journey, Place place, CustomerFacts facts) {
        if (goalReached(journey, place, facts)) {
            return new Action.Exit(ExitReason.GOAL);
        }
        Step step = journey.step(place.stepId())
                .orElseThrow(() -> new MarketPilotException(
                        io.marketpilot.core.ErrorCode.INTERNAL,
                        "journey '" + journey.id() + "' has no step '" + place.stepId() + "'"));
        Instant now = facts.now();
        return switch (step) {
            case Step.Wait w -> waitUntil(place.enteredStepAt().plus(w.duration()), now, journey.after(w, w.next()));
            case Step.WaitForSendTime w ->
                waitUntil(sendTime(place.enteredStepAt(), facts.window()), now, journey.after(w, w.next()));
            case Step.WaitForEvent w -> waitForEvent(journey, w, place, facts);
            case Step.Branch b ->
                Conditions.holds(b.condition(), place, facts)
                        ? new Action.Continue(Optional.of(b.then()), Transition.BRANCH_THEN)
                        : new Action.Continue(Optional.of(b.otherwise()), Transition.BRANCH_ELSE);
            case Step.Send s ->
                place.holdout()
                        ? new Action.Continue(journey.after(s, s.next()), Transition.HELD_OUT)
                        : new Action.Send(
                                s,
                                SendTimePlanner.outOfQuietHours(
                                        now,
                                        facts.window().zone(),
                                        facts.window().quietHours()),
                                journey.after(s, s.next()));
            case Step.Update u -> new Action.Update(u, journey.after(u, u.next()));
            case Step.Exit e -> new Action.Exit(ExitReason.EXIT_STEP);
        };
    }

    /**
     * When a wait for the send time that began at {@code start} ends: the first start of the customer's hour within a
     * day (at once when they have none), moved out of the quiet hours, as a campaign's send-time window plans it.
     */
    public static Instant sendTime(Instant start, SendWindow window) {
        var schedule = new Schedule.SendTime(start, start.plus(SEND_TIME_HORIZON), window.quietHours());
        return SendTimePlanner.plan(schedule, window.zone(), window.preferredHour(), start)
                .orElseGet(() -> SendTimePlanner.outOfQuietHours(start, window.zone(), window.quietHours()));
    }

    private static Action waitUntil(Instant due, Instant now, Optional<String> next) {
        return now.isBefore(due) ? new Action.Wait(due) : new Action.Continue(next, Transition.WAITED);
    }

    private static Action waitForEvent(
            JourneyDefinition journey, Step.WaitForEvent w, Place place, CustomerFacts facts) {
        if (happened(w.event(), place.enteredStepAt(), facts)) {
            return new Action.Continue(journey.after(w, w.next()), Transition.EVENT_SEEN);
        }
        Instant due = place.enteredStepAt().plus(w.timeout());
        if (facts.now().isBefore(due)) {
            return new Action.Wait(due);
        }
        return new Action.Continue(w.onTimeout().or(() -> journey.after(w, w.next())), Transition.TIMED_OUT);
    }

    private static boolean goalReached(JourneyDefinition journey, Place place, CustomerFacts facts) {
        return journey.goal()
                .map(goal -> switch (goal) {
                    case Goal.PlacedOrder o ->
                        facts.history().orders().stream()
                                .anyMatch(at -> between(at, place.enteredJourneyAt(), facts.now()));
                    case Goal.EventHappened e -> happened(e.event(), place.enteredJourneyAt(), facts);
                })
                .orElse(false);
    }

    /** Whether a matching event happened in [since, now]. */
    static boolean happened(EventMatch match, Instant since, CustomerFacts facts) {
        return facts.history().events().stream()
                .anyMatch(e -> between(e.at(), since, facts.now()) && match.matches(e.type(), e.properties()));
    }

    private static boolean between(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }

    /** Whether a branch's condition holds; a figure the facts lack makes it false. */
    static final class Conditions {
        private Conditions() {}

        static boolean holds(Condition condition, Place place, CustomerFacts facts) {
            Profile profile = facts.profile();
            return switch (condition) {
                case Condition.InSegment c -> profile.segment().equals(Optional.of(c.segment()));
                case Condition.Feature c ->
                    Optional.ofNullable(profile.features().get(c.feature()))
                            .map(v -> c.comparison().holds(v, c.threshold()))
                            .orElse(false);
                case Condition.EventSeen c ->
                    happened(
                            c.event(),
                            c.within().map(w -> facts.now().minus(w)).orElse(place.enteredJourneyAt()),
                            facts);
                case Condition.ExperimentArm c ->
                    c.arm().equals(profile.experimentArms().get(c.experimentId()));
                case Condition.PredictionIs c ->
                    Optional.ofNullable(profile.predictions().get(c.prediction()))
                            .map(v -> c.comparison().holds(v, c.threshold()))
                            .orElse(false);
            };
        }
    }
}
