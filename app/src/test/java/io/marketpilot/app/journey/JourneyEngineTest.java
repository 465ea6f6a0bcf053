package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journey engine over the real embedded store: an event enrols a customer, the wait's timer fires, the message
 * goes through the campaigns' queue into the outbox once, an order (the goal) takes a customer out, and a customer who
 * enters again is sent the message again. Each test has its own customers; the clock only moves forward.
 */
class JourneyEngineTest {
    @TempDir
    static Path dir;

    static MovableClock clock;
    static Services app;
    static long contentId;

    @BeforeAll
    static void shop() {
        clock = new MovableClock(Instant.parse("2026-05-04T10:00:00Z"));
        app = JourneyTestShop.open(dir.resolve("data"), clock);
        for (String id : List.of("A1", "G1", "R1", "H1")) {
            JourneyTestShop.customer(app, id);
        }
        contentId = JourneyTestShop.approvedEmail(app);
        var applied = app.journeys.service.apply(JourneyTestShop.welcome(contentId, 0), "alice");
        assertThat(applied.changed()).isTrue();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void anEventEnrolsTheCustomerWhoIsSentTheMessageOnceAfterTheWait() {
        JourneyTestShop.event(app, clock, "a1-signup", "signed_up", "A1");
        assertThat(active("A1")).singleElement().satisfies(e -> assertThat(e.stepId())
                .isEqualTo("settle"));

        run();
        assertThat(active("A1").getFirst().stepId())
                .as("a day's wait holds them")
                .isEqualTo("settle");
        assertThat(JourneyTestShop.outboxOf(app, "A1")).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        run();
        run();

        assertThat(active("A1").getFirst().stepId()).isEqualTo("linger");
        assertThat(JourneyTestShop.outboxOf(app, "A1")).singleElement().satisfies(m -> assertThat(
                        m.message().subject())
                .hasValueSatisfying(s -> assertThat(s).contains("Welcome")));

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run();
        assertThat(app.stores.journeys().enrolments().ofCustomer("welcome", "A1"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.state()).isEqualTo(EnrolmentState.EXITED);
                    assertThat(e.exitReason()).hasValue("end");
                });
        assertThat(JourneyTestShop.outboxOf(app, "A1")).hasSize(1);
    }

    @Test
    void anOrderTakesTheCustomerOutBeforeTheMessage() {
        JourneyTestShop.event(app, clock, "g1-signup", "signed_up", "G1");
        run();
        clock.advance(Duration.ofHours(2));
        app.orders.save(new Order(
                "g1-order",
                "G1",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                "Germany",
                OrderKind.SALE,
                List.of()));

        clock.advance(Duration.ofDays(1));
        run();

        assertThat(app.stores.journeys().enrolments().ofCustomer("welcome", "G1"))
                .singleElement()
                .satisfies(e -> assertThat(e.exitReason()).hasValue("goal"));
        assertThat(JourneyTestShop.outboxOf(app, "G1")).isEmpty();
        assertThat(counts(StepOutcome.CONVERTED, "settle")).isPositive();
    }

    @Test
    void aCustomerWhoEntersAgainIsSentTheMessageAgain() {
        JourneyTestShop.event(app, clock, "r1-signup-1", "signed_up", "R1");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        run();
        JourneyTestShop.event(app, clock, "r1-signup-while-in", "signed_up", "R1");
        assertThat(app.stores.journeys().enrolments().ofCustomer("welcome", "R1"))
                .as("no second entry while in the journey")
                .hasSize(1);
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        run();

        JourneyTestShop.event(app, clock, "r1-signup-2", "signed_up", "R1");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        run();
        run();

        assertThat(app.stores.journeys().enrolments().ofCustomer("welcome", "R1"))
                .hasSize(2);
        assertThat(JourneyTestShop.outboxOf(app, "R1"))
                .hasSize(2)
                .extracting(m -> m.message().key())
                .doesNotHaveDuplicates();
    }

    @Test
    void theReportCountsEachStepAndTheCampaignsListLeavesTheStepsCampaignOut() {
        JourneyTestShop.event(app, clock, "h1-signup", "signed_up", "H1");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        run();

        JourneyReport report = app.journeys.service.report("welcome");

        assertThat(report.entered()).isGreaterThanOrEqualTo(1);
        assertThat(report.steps())
                .extracting(JourneyReport.StepFigures::stepId)
                .containsExactly("settle", "hello", "linger");
        JourneyReport.StepFigures hello = report.steps().get(1);
        assertThat(hello.sent()).isEqualTo(counts(StepOutcome.SENT, "hello"));
        assertThat(hello.sent()).isPositive();
        assertThat(report.steps().get(2).waiting()).isPositive();
        assertThat(app.campaigns
                        .service
                        .list(java.util.Optional.empty(), java.util.Optional.empty(), 0, 100)
                        .items())
                .as("the journey's step campaign is not one of the marketer's campaigns")
                .noneMatch(c -> c.id().startsWith("jrn-"));
    }

    private static void run() {
        app.journeys.worker.runDue();
        app.campaigns.sender.sendDue();
    }

    private static List<Enrolment> active(String customerId) {
        return app.stores.journeys().enrolments().ofCustomer("welcome", customerId).stream()
                .filter(e -> e.state() == EnrolmentState.ACTIVE)
                .toList();
    }

    private static long counts(StepOutcome outcome, String stepId) {
        return app.stores.journeys().enrolments().stepCounts("welcome").stream()
                .filter(c -> c.outcome() == outcome && c.stepId().equals(stepId))
                .mapToLong(StepCount::count)
                .sum();
    }
}
