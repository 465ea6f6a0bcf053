package io.marketpilot.store.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.Enrolments;
import io.marketpilot.core.journey.JourneyStatus;
import io.marketpilot.core.journey.JourneyStore;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.core.journey.Move;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.core.journey.StepRecord;
import io.marketpilot.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Journeys, their versions, enrolments and history, run against every real database by the subclasses. */
abstract class JourneyStoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    protected Database db;
    JourneyStore journeys;
    Enrolments enrolments;

    protected abstract Database open();

    /** A second pool on the same database, as a second server process would open. */
    protected abstract Database openSecondPool();

    protected void cleanUp() {}

    @BeforeEach
    void openStore() {
        db = open();
        journeys = new JdbcJourneyStore(db);
        enrolments = new JdbcEnrolments(db);
    }

    @AfterEach
    void closeStore() {
        cleanUp();
        db.close();
    }

    static Lease lease(String owner, Instant now) {
        return Lease.of(owner, now, LEASE);
    }

    NewEnrolment entering(String customer, int version, Instant at) {
        return new NewEnrolment("welcome", version, customer, "first", false, at, at);
    }

    Enrolment enrol(String customer, Instant at) {
        return enrolments.enrol(entering(customer, 1, at)).orElseThrow();
    }

    void saveWelcome() {
        journeys.save("welcome", "Welcome", "{\"v\": 1}", "mara", T0);
    }

    @Test
    void savingAJourneyAgainAddsAVersionAndKeepsEveryEarlierOne() {
        JourneyVersion first = journeys.save("welcome", "Welcome", "{\"v\": 1}", "mara", T0);
        JourneyVersion second = journeys.save("welcome", "Welcome series", "{\"v\": 2}", "omar", T0.plusSeconds(60));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(journeys.version("welcome", 1)).contains(first);
        assertThat(journeys.versions("welcome")).containsExactly(first, second);
        assertThat(journeys.find("welcome")).hasValueSatisfying(j -> {
            assertThat(j.latestVersion()).isEqualTo(2);
            assertThat(j.name()).isEqualTo("Welcome series");
            assertThat(j.status()).isEqualTo(JourneyStatus.ACTIVE);
            assertThat(j.createdBy())
                    .as("the author of the journey, not of the edit")
                    .isEqualTo("mara");
        });
        assertThat(journeys.version("welcome", 3)).isEmpty();
        assertThat(journeys.versions("nope")).isEmpty();
        assertThat(journeys.find("nope")).isEmpty();
    }

    @Test
    void aJourneySavedAsADraftStartsPausedAndKeepsItsStatusAcrossVersions() {
        journeys.save("plan-draft", "Draft", "{\"v\": 1}", "copilot", T0, JourneyStatus.PAUSED);
        journeys.save("plan-draft", "Draft", "{\"v\": 2}", "copilot", T0, JourneyStatus.ACTIVE);

        assertThat(journeys.find("plan-draft")).hasValueSatisfying(j -> {
            assertThat(j.status()).isEqualTo(JourneyStatus.PAUSED);
            assertThat(j.latestVersion()).isEqualTo(2);
        });
        assertThat(journeys.activeLatest())
                .extracting(JourneyVersion::journeyId)
                .doesNotContain("plan-draft");
    }

    @Test
    void onlyActiveJourneysOfferTheirLatestVersionToTriggers() {
        saveWelcome();
        journeys.save("welcome", "Welcome", "{\"v\": 2}", "mara", T0);
        journeys.save("winback", "Win-back", "{\"w\": 1}", "mara", T0);

        assertThat(journeys.activeLatest())
                .extracting(v -> v.journeyId() + "@" + v.version())
                .containsExactly("welcome@2", "winback@1");
        assertThat(journeys.setStatus("winback", JourneyStatus.PAUSED)).isTrue();
        assertThat(journeys.setStatus("nope", JourneyStatus.PAUSED)).isFalse();
        assertThat(journeys.activeLatest())
                .extracting(JourneyVersion::journeyId)
                .containsExactly("welcome");
        assertThat(journeys.list())
                .extracting(j -> j.id() + ":" + j.status().wireName())
                .containsExactly("welcome:active", "winback:paused");
    }

    @Test
    void twoServersSavingOneJourneyAtOnceGetConsecutiveVersions() throws Exception {
        saveWelcome();
        try (Database second = openSecondPool()) {
            List<JourneyStore> servers = List.of(journeys, new JdbcJourneyStore(second));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<JourneyVersion>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                JourneyStore server = servers.get(i % 2);
                String body = "{\"edit\": " + i + "}";
                saves.add(pool.submit(() -> server.save("welcome", "Welcome", body, "mara", T0)));
            }
            List<Integer> versions = new java.util.ArrayList<>();
            for (var save : saves) {
                versions.add(save.get(2, java.util.concurrent.TimeUnit.MINUTES).version());
            }
            pool.shutdown();

            assertThat(versions).doesNotHaveDuplicates().allSatisfy(v -> assertThat(v)
                    .isBetween(2, 13));
        }
        assertThat(journeys.versions("welcome")).hasSize(13);
        assertThat(journeys.find("welcome").orElseThrow().latestVersion()).isEqualTo(13);
    }

    @Test
    void aCustomerIsInAJourneyOnceAtATimeAndMayEnterAgainAfterLeaving() {
        saveWelcome();
        Enrolment first = enrol("C1", T0);

        assertThat(first.state()).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(first.stepId()).isEqualTo("first");
        assertThat(first.dueAt()).contains(T0);
        assertThat(enrolments.enrol(entering("C1", 1, T0.plusSeconds(1))))
                .as("in it already")
                .isEmpty();

        Enrolment claimed = enrolments.claimDue(lease("w1", T0), T0, 10).get(0);
        assertThat(enrolments.move(claimed.id(), "w1", new Move.Leave("end", T0.plusSeconds(5), List.of())))
                .isTrue();
        Enrolment again =
                enrolments.enrol(entering("C1", 1, T0.plusSeconds(10))).orElseThrow();

        assertThat(enrolments.ofCustomer("welcome", "C1"))
                .extracting(Enrolment::id, Enrolment::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.id(), EnrolmentState.EXITED),
                        org.assertj.core.groups.Tuple.tuple(again.id(), EnrolmentState.ACTIVE));
        assertThat(enrolments.find(first.id())).hasValueSatisfying(e -> {
            assertThat(e.exitReason()).contains("end");
            assertThat(e.exitedAt()).contains(T0.plusSeconds(5));
            assertThat(e.dueAt()).isEmpty();
        });
        assertThat(enrolments.ofCustomer("welcome", "C2")).isEmpty();
    }

    @Test
    void aTriggerTakesACustomerInOnceEvenAfterTheyLeft() {
        saveWelcome();
        Optional<String> signup = Optional.of("event:signup-1");
        Enrolment first = enrolments
                .enrol(new NewEnrolment("welcome", 1, "C1", "first", false, T0, T0, signup))
                .orElseThrow();
        enrolments.claimDue(lease("w1", T0), T0, 10);
        assertThat(enrolments.move(first.id(), "w1", new Move.Leave("end", T0.plusSeconds(5), List.of())))
                .isTrue();
        Instant later = T0.plusSeconds(10);

        assertThat(enrolments.enrol(new NewEnrolment("welcome", 1, "C1", "first", false, later, later, signup)))
                .as("the same event handled again")
                .isEmpty();
        assertThat(enrolments.enrol(new NewEnrolment("welcome", 1, "C2", "first", false, later, later, signup)))
                .as("another customer's entry")
                .isPresent();
        Enrolment again = enrolments
                .enrol(new NewEnrolment(
                        "welcome", 1, "C1", "first", false, later, later, Optional.of("event:signup-2")))
                .orElseThrow();
        enrolments.claimDue(lease("w1", later), later, 10);
        enrolments.move(again.id(), "w1", new Move.Leave("end", later, List.of()));
        assertThat(enrolments.enrol(entering("C1", 1, later.plusSeconds(1))))
                .as("triggers without a name of their own are not held back")
                .isPresent();
        assertThat(enrolments.ofCustomer("welcome", "C1")).hasSize(3);
    }

    @Test
    void customersInFlightStayOnTheVersionTheyEntered() {
        saveWelcome();
        Enrolment onFirst = enrol("C1", T0);
        journeys.save("welcome", "Welcome", "{\"v\": 2}", "mara", T0.plusSeconds(60));
        Enrolment onSecond =
                enrolments.enrol(entering("C2", 2, T0.plusSeconds(61))).orElseThrow();

        assertThat(enrolments.find(onFirst.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(onSecond.version()).isEqualTo(2);
        assertThatThrownBy(() -> enrolments.enrol(entering("C3", 9, T0)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("welcome v9");
    }

    @Test
    void aClaimTakesDueEnrolmentsEarliestFirstAndLeavesLeasedOnesAlone() {
        saveWelcome();
        Instant now = T0.plus(Duration.ofHours(1));
        Enrolment late = enrolments
                .enrol(new NewEnrolment("welcome", 1, "late", "first", false, T0, now.plusSeconds(1)))
                .orElseThrow();
        Enrolment second = enrolments
                .enrol(new NewEnrolment("welcome", 1, "second", "first", false, T0, T0.plusSeconds(2)))
                .orElseThrow();
        Enrolment first = enrolments
                .enrol(new NewEnrolment("welcome", 1, "first", "first", true, T0, T0.plusSeconds(1)))
                .orElseThrow();

        List<Enrolment> claimed = enrolments.claimDue(lease("w1", now), now, 1);

        assertThat(claimed).extracting(Enrolment::id).containsExactly(first.id());
        assertThat(claimed.get(0).holdout()).isTrue();
        assertThat(enrolments.claimDue(lease("w2", now), now, 10))
                .extracting(Enrolment::id)
                .containsExactly(second.id());
        assertThat(enrolments.claimDue(lease("w2", now), now, 10)).isEmpty();
        assertThat(enrolments.claimDue(lease("w3", now.plusSeconds(1)), now.plusSeconds(1), 10))
                .extracting(Enrolment::id)
                .containsExactly(late.id());
        assertThatThrownBy(() -> enrolments.claimDue(lease("w1", now), now, 0))
                .isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> enrolments.claimDue(new Lease("w1", now), now, 1))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void aLapsedLeaseIsClaimedAgainAndItsFormerHolderCannotMoveTheEnrolment() {
        saveWelcome();
        Enrolment e = enrol("C1", T0);
        enrolments.claimDue(lease("dead", T0), T0, 10);
        Instant later = T0.plus(LEASE).plusSeconds(1);

        assertThat(enrolments.claimDue(lease("w2", T0.plusSeconds(1)), T0.plusSeconds(1), 10))
                .as("the lease still holds")
                .isEmpty();
        assertThat(enrolments.claimDue(lease("w2", later), later, 10))
                .extracting(Enrolment::id)
                .containsExactly(e.id());
        assertThat(enrolments.move(
                        e.id(),
                        "dead",
                        new Move.Leave("end", later, List.of(record("first", StepOutcome.EXITED, later)))))
                .isFalse();
        assertThat(enrolments.stepCounts("welcome"))
                .as("a refused move writes no history")
                .extracting(StepCount::outcome)
                .containsExactly(StepOutcome.ENTERED);
        assertThat(enrolments.move(
                        e.id(), "w2", new Move.Stay("second", later, later.plus(Duration.ofDays(1)), List.of())))
                .isTrue();
        assertThat(enrolments.move(e.id(), "w2", new Move.Stay("third", later, later, List.of())))
                .as("a move releases the lease")
                .isFalse();
    }

    static StepRecord record(String step, StepOutcome outcome, Instant at) {
        return new StepRecord(step, outcome, at);
    }

    @Test
    void aMoveSetsTheTimerAndItsHistoryIsCountedPerStepAndHoldout() {
        saveWelcome();
        enrol("C1", T0);
        assertThat(enrolments.enrol(new NewEnrolment("welcome", 1, "C2", "first", true, T0, T0)))
                .isPresent();
        Instant tomorrow = T0.plus(Duration.ofDays(1));
        for (Enrolment e : enrolments.claimDue(lease("w1", T0), T0, 10)) {
            assertThat(enrolments.move(
                            e.id(),
                            "w1",
                            new Move.Stay(
                                    "wait",
                                    T0,
                                    tomorrow,
                                    List.of(record(
                                            "first", e.holdout() ? StepOutcome.HELD_OUT : StepOutcome.SENT, T0)))))
                    .isTrue();
        }

        assertThat(enrolments.claimDue(lease("w1", T0.plusSeconds(60)), T0.plusSeconds(60), 10))
                .as("waiting for the timer")
                .isEmpty();
        List<Enrolment> due = enrolments.claimDue(lease("w1", tomorrow), tomorrow, 10);
        assertThat(due).hasSize(2).allSatisfy(e -> {
            assertThat(e.stepId()).isEqualTo("wait");
            assertThat(e.stepEnteredAt()).isEqualTo(T0);
        });
        for (Enrolment e : due) {
            enrolments.move(
                    e.id(),
                    "w1",
                    new Move.Leave("goal", tomorrow, List.of(record("wait", StepOutcome.CONVERTED, tomorrow))));
        }

        assertThat(enrolments.stepCounts("welcome"))
                .containsExactly(
                        new StepCount(1, "first", StepOutcome.ENTERED, false, 1),
                        new StepCount(1, "first", StepOutcome.ENTERED, true, 1),
                        new StepCount(1, "first", StepOutcome.HELD_OUT, true, 1),
                        new StepCount(1, "first", StepOutcome.SENT, false, 1),
                        new StepCount(1, "wait", StepOutcome.CONVERTED, false, 1),
                        new StepCount(1, "wait", StepOutcome.CONVERTED, true, 1));
        assertThat(enrolments.stepCounts("other")).isEmpty();
    }

    @Test
    void forgettingACustomerDeletesTheirEnrolmentsAndKeepsTheStepCounts() {
        saveWelcome();
        Enrolment forgotten = enrol("C1", T0);
        Enrolment kept = enrol("C2", T0);
        List<StepCount> before = enrolments.stepCounts("welcome");

        int erased = db.jdbi().inTransaction(h -> JdbcEnrolments.erasure().erase(h, "C1"));

        assertThat(erased).isEqualTo(1);
        assertThat(enrolments.find(forgotten.id())).isEmpty();
        assertThat(enrolments.ofCustomer("welcome", "C1")).isEmpty();
        assertThat(enrolments.find(kept.id())).isPresent();
        assertThat(enrolments.stepCounts("welcome")).isEqualTo(before);
        assertThat(before).containsExactly(new StepCount(1, "first", StepOutcome.ENTERED, false, 2));
    }
}
