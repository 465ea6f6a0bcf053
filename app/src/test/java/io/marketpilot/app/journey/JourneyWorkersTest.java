package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two journey workers with their own leases over one store, racing for the same due customers: each customer's step
 * is taken once, their message queued once, and the sender puts one message per customer into the outbox.
 */
class JourneyWorkersTest {
    private static final int CUSTOMERS = 40;

    @TempDir
    Path dir;

    @Test
    void twoWorkersShareTheDueCustomersWithoutASecondMessage() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-05-04T10:00:00Z"));
        try (Services app = JourneyTestShop.open(dir.resolve("data"), clock)) {
            List<String> customers = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add("W" + i);
                JourneyTestShop.customer(app, "W" + i);
            }
            long content = JourneyTestShop.approvedEmail(app);
            app.journeys.service.apply(JourneyTestShop.welcome(content, 0), "alice");
            for (String c : customers) {
                JourneyTestShop.event(app, clock, c + "-signup", "signed_up", c);
            }
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            Journeys second = Journeys.create(
                    app.stores.journeys(),
                    JourneyEntrance.over(app.stores.journeys(), app.customers, app.orders, clock),
                    new Journeys.Dependencies(
                            app.customers,
                            app.orders,
                            app.events,
                            app.predictions,
                            app.segments,
                            app.experiments,
                            app.campaigns.journeySends,
                            app.stores.campaigns().consents(),
                            app.stores.campaigns().suppressions(),
                            app.stores.campaigns().contacts(),
                            io.marketpilot.app.campaign.CampaignKeys.load(
                                            java.util.Optional.empty(), dir.resolve("data"))
                                    .addresses(),
                            app.audit),
                    new Journeys.SendRules(
                            app.config.campaigns().consentPolicy(),
                            app.config.campaigns().frequencyCap(),
                            app.config.campaigns().quietHours()),
                    clock,
                    "second-worker");

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> both = List.of(app.journeys.worker::runDue, second.worker::runDue);
                int advanced = 0;
                for (Future<Integer> f : pool.invokeAll(both)) {
                    advanced += f.get();
                }
                assertThat(advanced)
                        .as("each due customer advanced by one worker")
                        .isEqualTo(CUSTOMERS);
            } finally {
                pool.shutdown();
            }
            app.campaigns.sender.sendDue();

            long sent = app.stores.journeys().enrolments().stepCounts("welcome").stream()
                    .filter(c -> c.outcome() == StepOutcome.SENT)
                    .mapToLong(StepCount::count)
                    .sum();
            assertThat(sent).isEqualTo(CUSTOMERS);
            for (String c : customers) {
                assertThat(JourneyTestShop.outboxOf(app, c)).as(c).hasSize(1);
                assertThat(app.stores.journeys().enrolments().ofCustomer("welcome", c))
                        .singleElement()
                        .satisfies(e -> {
                            assertThat(e.state()).isEqualTo(EnrolmentState.ACTIVE);
                            assertThat(e.stepId()).isEqualTo("linger");
                        });
            }
        }
    }
}
