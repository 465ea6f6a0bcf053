package io.marketpilot.store.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.Enrolments;
import io.marketpilot.core.journey.Move;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.core.journey.StepRecord;
import io.marketpilot.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two server processes sharing the due timers of one store, run against every real database by the subclasses. */
abstract class JourneyClaimRaceContract extends JourneyWakeContract {
    @Test
    void fourWorkersOnTwoPoolsAdvanceEveryDueEnrolmentExactlyOnce() throws Exception {
        saveWelcome();
        int customers = 1_500;
        Instant now = T0.plusSeconds(3_600);
        for (int i = 0; i < customers; i++) {
            Instant due = T0.plusMillis(i % 11);
            assertThat(enrolments.enrol(new NewEnrolment("welcome", 1, "C" + i, "wait", false, T0, due)))
                    .isPresent();
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> refused = new ConcurrentLinkedQueue<>();
        try (Database second = openSecondPool()) {
            List<Enrolments> servers = List.of(enrolments, new JdbcEnrolments(second));
            ExecutorService workers = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Enrolments server = servers.get(w % 2);
                String owner = "server" + (w % 2) + "-worker" + w;
                done.add(workers.submit(() -> {
                    start.await();
                    for (List<Enrolment> batch = server.claimDue(lease(owner, now), now, 25);
                            !batch.isEmpty();
                            batch = server.claimDue(lease(owner, now), now, 25)) {
                        for (Enrolment e : batch) {
                            claimed.add(e.id());
                            var leave = new Move.Leave(
                                    "end", now, List.of(new StepRecord("wait", StepOutcome.WAITED, now)));
                            if (!server.move(e.id(), owner, leave)) {
                                refused.add(e.id());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            workers.shutdown();
        }

        assertThat(refused).isEmpty();
        assertThat(claimed).hasSize(customers).doesNotHaveDuplicates();
        assertThat(enrolments.stepCounts("welcome"))
                .containsExactly(
                        new StepCount(1, "wait", StepOutcome.ENTERED, false, customers),
                        new StepCount(1, "wait", StepOutcome.WAITED, false, customers));
        assertThat(enrolments.claimDue(lease("late", now.plusSeconds(600)), now.plusSeconds(600), 10))
                .isEmpty();
    }
}
