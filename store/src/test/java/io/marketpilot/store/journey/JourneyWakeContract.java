package io.marketpilot.store.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.Move;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Entering customers and waking their enrolments when their events or orders arrive, one customer or a whole intake
 * batch at a time, run against every real database by the subclasses.
 */
abstract class JourneyWakeContract extends JourneyStoreContract {
    @Test
    void aWakeMakesTheCustomersEnrolmentsDueAndOutlivesAMoveInFlight() {
        saveWelcome();
        journeys.save("winback", "Win-back", "{}", "mara", T0);
        Enrolment e = enrol("C1", T0);
        Enrolment other = enrolments
                .enrol(new NewEnrolment("winback", 1, "C1", "first", false, T0, T0.plus(Duration.ofDays(9))))
                .orElseThrow();
        Instant now = T0.plus(Duration.ofHours(2));
        Instant nextWeek = T0.plus(Duration.ofDays(7));
        enrolments.claimDue(lease("w1", T0), T0, 10);
        enrolments.move(e.id(), "w1", new Move.Stay("wait", T0, nextWeek, List.of()));

        assertThat(enrolments.wake("C1", now)).isEqualTo(2);
        assertThat(enrolments.wake("C9", now)).isZero();
        List<Enrolment> woken = enrolments.claimDue(lease("w1", now), now, 10);
        assertThat(woken).extracting(Enrolment::id).containsExactlyInAnyOrder(e.id(), other.id());

        // while w1 holds them, another event wakes the customer: w1's move to a timer a week out must not bury it
        Instant during = now.plusSeconds(30);
        enrolments.wake("C1", during);
        assertThat(enrolments.move(e.id(), "w1", new Move.Stay("wait", T0, nextWeek, List.of())))
                .isTrue();
        assertThat(enrolments.find(e.id()).orElseThrow().dueAt()).contains(during);

        // a wake the claim had already seen does not hold a later timer back
        enrolments.claimDue(lease("w1", during), during, 10);
        assertThat(enrolments.move(e.id(), "w1", new Move.Stay("wait", T0, nextWeek, List.of())))
                .isTrue();
        assertThat(enrolments.find(e.id()).orElseThrow().dueAt()).contains(nextWeek);
    }

    @Test
    void aWakeOfManyCustomersWakesEachActiveEnrolmentOnceAndNoOneElse() {
        saveWelcome();
        Instant later = T0.plus(Duration.ofDays(7));
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            customers.add("W" + i);
            enrolments.enrol(new NewEnrolment("welcome", 1, "W" + i, "first", false, T0, later));
        }
        Enrolment asleep = enrolments
                .enrol(new NewEnrolment("welcome", 1, "Z1", "first", false, T0, later))
                .orElseThrow();
        Instant now = T0.plus(Duration.ofHours(2));
        List<String> named = new ArrayList<>(customers);
        named.add("W7"); // twice, as a batch with two of a customer's events names them
        named.add("nobody");

        // more customers than one statement takes, so the wake spans statements in its one transaction
        assertThat(enrolments.wakeAll(named, now)).isEqualTo(2_500);

        List<Enrolment> due = enrolments.claimDue(lease("w1", now), now, 3_000);
        assertThat(due).hasSize(2_500).extracting(Enrolment::customerId).doesNotContain("Z1");
        assertThat(due).allSatisfy(e -> assertThat(e.dueAt()).contains(now));
        assertThat(enrolments.find(asleep.id()).orElseThrow().dueAt()).contains(later);
        assertThat(enrolments.wakeAll(List.of(), now)).isZero();
    }

    @Test
    void aBatchOfEntriesEntersEachCustomerOnceAndLeavesOutThoseAlreadyIn() {
        saveWelcome();
        enrol("C1", T0);
        Instant now = T0.plusSeconds(60);
        List<NewEnrolment> batch = List.of(
                new NewEnrolment("welcome", 1, "C1", "first", false, now, now),
                new NewEnrolment("welcome", 1, "C2", "first", false, now, now, Optional.of("event:1")),
                new NewEnrolment("welcome", 1, "C2", "first", false, now, now, Optional.of("event:2")),
                new NewEnrolment("welcome", 1, "C3", "first", true, now, now));

        List<Enrolment> entered = enrolments.enrolAll(batch);

        assertThat(entered).extracting(Enrolment::customerId).containsExactly("C2", "C3");
        assertThat(entered.get(1).holdout()).isTrue();
        assertThat(enrolments.ofCustomers("welcome", List.of("C1", "C2", "C3", "nobody")))
                .containsOnlyKeys("C1", "C2", "C3")
                .allSatisfy((customer, past) -> assertThat(past).hasSize(1));
        assertThat(enrolments.stepCounts("welcome"))
                .filteredOn(c -> c.outcome() == StepOutcome.ENTERED)
                .extracting(StepCount::count)
                .containsExactlyInAnyOrder(2L, 1L);
        assertThat(enrolments.enrolAll(List.of())).isEmpty();
    }

    @Test
    void aBatchNamingAJourneyVersionThatDoesNotExistEntersNobody() {
        saveWelcome();
        List<NewEnrolment> batch = List.of(
                new NewEnrolment("welcome", 1, "C4", "first", false, T0, T0),
                new NewEnrolment("welcome", 99, "C5", "first", false, T0, T0));

        assertThatThrownBy(() -> enrolments.enrolAll(batch))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("welcome v99");
        assertThat(enrolments.ofCustomers("welcome", List.of("C4", "C5"))).isEmpty();
    }
}
