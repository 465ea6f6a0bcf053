package io.marketpilot.journeys.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyStepperTest {
    static final Instant ENTERED = Instant.parse("2026-03-02T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final SendWindow DAYTIME = new SendWindow(BERLIN, Optional.empty(), QuietHours.DEFAULT);
    static final Step.Send MAIL = new Step.Send(
            "mail", ChannelKind.EMAIL, new ContentRef.Approved(List.of(7L)), Optional.empty(), Optional.empty());

    static JourneyDefinition journey(Optional<Goal> goal, Step... steps) {
        return new JourneyDefinition(
                "j1",
                "Journey",
                new Trigger.OnEvent(EventMatch.of("signup")),
                List.of(steps),
                goal,
                new ReEntry.Once(),
                0);
    }

    static JourneyDefinition journey(Step... steps) {
        return journey(Optional.empty(), steps);
    }

    static Place at(String step) {
        return new Place(step, ENTERED, ENTERED, false);
    }

    static CustomerFacts facts(Instant now) {
        return new CustomerFacts(now, History.NONE, Profile.UNKNOWN, DAYTIME);
    }

    static CustomerFacts facts(Instant now, History history) {
        return new CustomerFacts(now, history, Profile.UNKNOWN, DAYTIME);
    }

    static CustomerFacts facts(Instant now, Profile profile) {
        return new CustomerFacts(now, History.NONE, profile, DAYTIME);
    }

    static History events(SeenEvent... events) {
        return new History(List.of(events), List.of());
    }

    @Test
    void aWaitHoldsUntilItsDurationHasPassedSinceTheStepWasReached() {
        var j = journey(new Step.Wait("w", Duration.ofDays(2), Optional.empty()), MAIL);
        Instant due = ENTERED.plus(Duration.ofDays(2));

        assertThat(JourneyStepper.next(j, at("w"), facts(ENTERED.plusSeconds(5))))
                .isEqualTo(new Action.Wait(due));
        assertThat(JourneyStepper.next(j, at("w"), facts(due)))
                .isEqualTo(new Action.Continue(Optional.of("mail"), Transition.WAITED));
    }

    @Test
    void theLastStepCarriesOnToTheEndOfTheJourney() {
        var j = journey(new Step.Wait("w", Duration.ofHours(1), Optional.empty()));

        assertThat(JourneyStepper.next(j, at("w"), facts(ENTERED.plus(Duration.ofHours(2)))))
                .isEqualTo(new Action.Continue(Optional.empty(), Transition.WAITED));
    }

    @Test
    void aWaitForTheSendTimeEndsAtTheCustomersHourOutOfQuietHours() {
        var j = journey(new Step.WaitForSendTime("best", Optional.empty()), MAIL);
        var sevenPm = new SendWindow(BERLIN, Optional.of(19), QuietHours.DEFAULT);
        var lateNight = new SendWindow(BERLIN, Optional.of(23), QuietHours.DEFAULT);
        // 10:00 UTC is 11:00 in Berlin: 19:00 Berlin is 18:00 UTC the same day
        Instant sevenInBerlin = Instant.parse("2026-03-02T18:00:00Z");

        var waiting =
                JourneyStepper.next(j, at("best"), new CustomerFacts(ENTERED, History.NONE, Profile.UNKNOWN, sevenPm));
        assertThat(waiting).isEqualTo(new Action.Wait(sevenInBerlin));
        assertThat(JourneyStepper.next(
                        j, at("best"), new CustomerFacts(sevenInBerlin, History.NONE, Profile.UNKNOWN, sevenPm)))
                .isEqualTo(new Action.Continue(Optional.of("mail"), Transition.WAITED));
        // 23:00 is inside the 21:00-08:00 quiet hours: moved to their end, 08:00 Berlin the next morning
        assertThat(JourneyStepper.sendTime(ENTERED, lateNight)).isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
        assertThat(JourneyStepper.sendTime(ENTERED, DAYTIME))
                .as("no hour: at once")
                .isEqualTo(ENTERED);
    }

    @Test
    void aWaitForAnEventGoesOnWhenItHappensAndToItsTimeoutStepOtherwise() {
        var j = journey(
                new Step.WaitForEvent(
                        "viewed",
                        new EventMatch("page_view", Map.of("page", "cart")),
                        Duration.ofDays(1),
                        Optional.of("mail"),
                        Optional.of("bye")),
                MAIL,
                new Step.Exit("bye"));
        Instant later = ENTERED.plus(Duration.ofHours(3));

        assertThat(JourneyStepper.next(j, at("viewed"), facts(later)))
                .isEqualTo(new Action.Wait(ENTERED.plus(Duration.ofDays(1))));
        var otherPage = events(new SeenEvent("page_view", Map.of("page", "home"), later));
        assertThat(JourneyStepper.next(j, at("viewed"), facts(later, otherPage)))
                .isInstanceOf(Action.Wait.class);
        var beforeTheStep = events(new SeenEvent("page_view", Map.of("page", "cart"), ENTERED.minusSeconds(1)));
        assertThat(JourneyStepper.next(j, at("viewed"), facts(later, beforeTheStep)))
                .isInstanceOf(Action.Wait.class);
        var cart = events(new SeenEvent("page_view", Map.of("page", "cart", "device", "phone"), later));
        assertThat(JourneyStepper.next(j, at("viewed"), facts(later, cart)))
                .isEqualTo(new Action.Continue(Optional.of("mail"), Transition.EVENT_SEEN));
        assertThat(JourneyStepper.next(j, at("viewed"), facts(ENTERED.plus(Duration.ofDays(1)))))
                .isEqualTo(new Action.Continue(Optional.of("bye"), Transition.TIMED_OUT));
    }

    @Test
    void anEventFromTheFutureOfTheClockDoesNotCount() {
        var j = journey(
                new Step.WaitForEvent(
                        "e", EventMatch.of("click"), Duration.ofDays(1), Optional.empty(), Optional.empty()),
                MAIL);
        var tomorrow = events(new SeenEvent("click", Map.of(), ENTERED.plus(Duration.ofHours(5))));

        assertThat(JourneyStepper.next(j, at("e"), facts(ENTERED.plusSeconds(60), tomorrow)))
                .isInstanceOf(Action.Wait.class);
    }

    @Test
    void aBranchTakesThenOrElseByEachKindOfCondition() {
        Instant now = ENTERED.plus(Duration.ofHours(1));
        var profile = new Profile(
                Map.of("frequency", 4.0), Map.of(Prediction.CHURN_RISK, 0.8), Optional.of(2), Map.of("exp-1", "B"));
        List<Condition> holding = List.of(
                new Condition.InSegment(2),
                new Condition.Feature("frequency", Comparison.AT_LEAST, 4.0),
                new Condition.ExperimentArm("exp-1", "B"),
                new Condition.PredictionIs(Prediction.CHURN_RISK, Comparison.AT_LEAST, 0.7));
        List<Condition> failing = List.of(
                new Condition.InSegment(3),
                new Condition.Feature("frequency", Comparison.BELOW, 4.0),
                new Condition.Feature("monetary", Comparison.AT_LEAST, 0),
                new Condition.ExperimentArm("exp-1", "A"),
                new Condition.ExperimentArm("exp-2", "B"),
                new Condition.PredictionIs(Prediction.CLV, Comparison.AT_LEAST, 0));

        List<Transition> taken = new ArrayList<>();
        for (Condition c : holding) {
            taken.add(branch(c, facts(now, profile)));
        }
        assertThat(taken).containsOnly(Transition.BRANCH_THEN);
        taken.clear();
        for (Condition c : failing) {
            taken.add(branch(c, facts(now, profile)));
        }
        assertThat(taken).containsOnly(Transition.BRANCH_ELSE);
    }

    @Test
    void anEventSeenConditionLooksBackItsWindowOrToTheEntry() {
        Instant now = ENTERED.plus(Duration.ofDays(3));
        var seen = new Condition.EventSeen(EventMatch.of("click"), Optional.of(Duration.ofDays(1)));
        var sinceEntry = new Condition.EventSeen(EventMatch.of("click"), Optional.empty());
        var twoDaysAgo = events(new SeenEvent("click", Map.of(), now.minus(Duration.ofDays(2))));
        var anHourAgo = events(new SeenEvent("click", Map.of(), now.minus(Duration.ofHours(1))));
        var beforeEntry = events(new SeenEvent("click", Map.of(), ENTERED.minusSeconds(1)));

        assertThat(branch(seen, facts(now, anHourAgo))).isEqualTo(Transition.BRANCH_THEN);
        assertThat(branch(seen, facts(now, twoDaysAgo))).isEqualTo(Transition.BRANCH_ELSE);
        assertThat(branch(sinceEntry, facts(now, twoDaysAgo))).isEqualTo(Transition.BRANCH_THEN);
        assertThat(branch(sinceEntry, facts(now, beforeEntry))).isEqualTo(Transition.BRANCH_ELSE);
    }

    private static Transition branch(Condition condition, CustomerFacts facts) {
        var j = journey(new Step.Branch("b", condition, "yes", "no"), new Step.Exit("yes"), new Step.Exit("no"));
        Action action = JourneyStepper.next(j, at("b"), facts);
        assertThat(action).isInstanceOf(Action.Continue.class);
        var go = (Action.Continue) action;
        assertThat(go.next()).contains(go.transition() == Transition.BRANCH_THEN ? "yes" : "no");
        return go.transition();
    }

    @Test
    void aSendIsRequestedOutOfQuietHoursAndAHeldOutCustomerPassesOver() {
        var j = journey(MAIL, new Step.Exit("end"));
        Instant midnightInBerlin = Instant.parse("2026-03-02T23:00:00Z");
        var quietNight = new CustomerFacts(midnightInBerlin, History.NONE, Profile.UNKNOWN, DAYTIME);

        assertThat(JourneyStepper.next(j, at("mail"), quietNight))
                .isEqualTo(new Action.Send(MAIL, Instant.parse("2026-03-03T07:00:00Z"), Optional.of("end")));
        assertThat(JourneyStepper.next(j, at("mail"), facts(ENTERED)))
                .isEqualTo(new Action.Send(MAIL, ENTERED, Optional.of("end")));
        assertThat(JourneyStepper.next(j, new Place("mail", ENTERED, ENTERED, true), facts(ENTERED)))
                .isEqualTo(new Action.Continue(Optional.of("end"), Transition.HELD_OUT));
    }

    @Test
    void anUpdateIsRequestedAndAnExitStepEndsTheJourney() {
        var tag = new Step.Update("tag", new Change.AddTag("welcomed"), Optional.of("out"));
        var j = journey(tag, MAIL, new Step.Exit("out"));

        assertThat(JourneyStepper.next(j, at("tag"), facts(ENTERED)))
                .isEqualTo(new Action.Update(tag, Optional.of("out")));
        assertThat(JourneyStepper.next(j, at("out"), facts(ENTERED))).isEqualTo(new Action.Exit(ExitReason.EXIT_STEP));
    }

    @Test
    void reachingTheGoalExitsFromAnyStepButOnlyCountsFromTheEntry() {
        var j = journey(
                Optional.of(new Goal.PlacedOrder()), new Step.Wait("w", Duration.ofDays(7), Optional.empty()), MAIL);
        Instant now = ENTERED.plus(Duration.ofDays(1));

        assertThat(JourneyStepper.next(
                        j, at("w"), facts(now, new History(List.of(), List.of(ENTERED.plusSeconds(60))))))
                .isEqualTo(new Action.Exit(ExitReason.GOAL));
        assertThat(JourneyStepper.next(j, at("mail"), facts(now, new History(List.of(), List.of(ENTERED)))))
                .isEqualTo(new Action.Exit(ExitReason.GOAL));
        assertThat(JourneyStepper.next(
                        j, at("w"), facts(now, new History(List.of(), List.of(ENTERED.minusSeconds(1))))))
                .isInstanceOf(Action.Wait.class);

        var byEvent = journey(
                Optional.of(new Goal.EventHappened(new EventMatch("subscribe", Map.of("plan", "pro")))),
                new Step.Wait("w", Duration.ofDays(7), Optional.empty()));
        assertThat(JourneyStepper.next(
                        byEvent, at("w"), facts(now, events(new SeenEvent("subscribe", Map.of("plan", "pro"), now)))))
                .isEqualTo(new Action.Exit(ExitReason.GOAL));
        assertThat(JourneyStepper.next(
                        byEvent, at("w"), facts(now, events(new SeenEvent("subscribe", Map.of("plan", "free"), now)))))
                .isInstanceOf(Action.Wait.class);
    }

    @Test
    void followingTheActionsWalksAWholeJourneyToItsEnd() {
        var j = journey(
                new Step.Wait("w", Duration.ofDays(1), Optional.empty()),
                new Step.Branch("b", new Condition.InSegment(1), "mail", "tag"),
                MAIL,
                new Step.Update("tag", new Change.AddTag("seen"), Optional.empty()));
        Place place = at("w");
        Instant now = ENTERED.plus(Duration.ofDays(1));
        var profile = new Profile(Map.of(), Map.of(), Optional.of(1), Map.of());
        List<String> visited = new ArrayList<>();
        for (int guard = 0; guard < 10; guard++) {
            visited.add(place.stepId());
            Optional<String> next =
                    switch (JourneyStepper.next(j, place, facts(now, profile))) {
                        case Action.Continue c -> c.next();
                        case Action.Send s -> s.next();
                        case Action.Update u -> u.next();
                        case Action.Wait w -> throw new AssertionError("waits at " + place);
                        case Action.Exit e -> throw new AssertionError("exits at " + place);
                    };
            if (next.isEmpty()) {
                break;
            }
            place = place.movedTo(next.get(), now);
        }
        assertThat(visited).containsExactly("w", "b", "mail", "tag");
    }
}
