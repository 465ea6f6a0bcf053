package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.services.Services;
import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.app.webhook.NewSubscription;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files reach the journeys as every other door does: an imported event enters its customer, an imported order ends
 * their goal wait at once (not at the wait's timer), a file imported again enters nobody again, and each entry and
 * exit is announced to the webhook subscribers.
 */
class JourneyImportsTest {
    @TempDir
    static Path dir;

    static MovableClock clock;
    static Services app;
    static long subscription;

    @BeforeAll
    static void shop() {
        clock = new MovableClock(Instant.parse("2026-05-04T10:00:00Z"));
        app = JourneyTestShop.open(dir.resolve("data"), clock);
        app.products.save(new Product("P-1", "Lamp", "home", null, 20.0, null, null, null));
        for (String id : List.of("I1", "I2")) {
            JourneyTestShop.customer(app, id);
        }
        app.journeys.service.apply(JourneyTestShop.welcome(JourneyTestShop.approvedEmail(app), 0), "alice");
        subscription = app.webhooks
                .service
                .subscribe(
                        new NewSubscription(
                                "http://127.0.0.1:9/hook",
                                List.of("journey.entered", "journey.exited"),
                                "a-secret-of-some-length"),
                        "ann")
                .id();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void anImportedSignUpEntersTheCustomerAndAnImportedOrderTakesThemOutAtOnce() {
        String events = "id,type,customer_id,product_id,occurred_at,properties\n"
                + "imp-i1-signup,signed_up,I1,," + at(clock.instant()) + ",\n"
                + "imp-i2-view,page_view,I2,," + at(clock.instant()) + ",\n";
        importFile(ImportKind.EVENTS, "events.csv", events);

        assertThat(enrolments("I1")).singleElement().satisfies(e -> assertThat(e.state())
                .isEqualTo(EnrolmentState.ACTIVE));
        assertThat(enrolments("I2")).as("a page view is not the trigger").isEmpty();

        clock.advance(Duration.ofHours(2));
        importFile(
                ImportKind.ORDERS,
                "orders.csv",
                "order_id,customer_id,ordered_at,country,kind,product_id,quantity,unit_price\n" + "imp-i1-order,I1,"
                        + at(clock.instant()) + ",Germany,sale,P-1,1,20.00\n");
        app.journeys.worker.runDue();

        assertThat(enrolments("I1"))
                .as("the order woke the day's wait, so the goal took them out now")
                .singleElement()
                .satisfies(e -> assertThat(e.exitReason()).hasValue("goal"));
        assertThat(JourneyTestShop.outboxOf(app, "I1")).isEmpty();

        importFile(ImportKind.EVENTS, "events.csv", events);
        assertThat(enrolments("I1"))
                .as("the same file again holds no new sign-up, though the journey lets them enter again")
                .hasSize(1);

        long enrolment = enrolments("I1").getFirst().id();
        assertThat(app.webhooks.service.deliveries(subscription, 50))
                .extracting(DeliveryView::eventId)
                .containsExactlyInAnyOrder("journey.entered:" + enrolment, "journey.exited:" + enrolment);
        assertThat(app.webhooks.service.deliveries(subscription, 50))
                .filteredOn(d -> d.event().equals("journey.exited"))
                .singleElement()
                .satisfies(d -> assertThat(d.payload())
                        .contains("\"reason\":\"goal\"")
                        .contains("\"customerId\":\"I1\"")
                        .contains("\"journeyId\":\"welcome\""));
    }

    private static void importFile(ImportKind kind, String name, String csv) {
        app.importFile(
                kind,
                name,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                false,
                "test",
                ImportProgress.NONE);
    }

    private static List<Enrolment> enrolments(String customerId) {
        return app.stores.journeys().enrolments().ofCustomer("welcome", customerId);
    }

    private static String at(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC)
                .toString();
    }
}
