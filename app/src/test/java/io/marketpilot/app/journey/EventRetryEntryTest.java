package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stored a batch of events and was killed before their triggers ran never answered; its client posts
 * the batch again, and the retry must do what the first delivery did not: take the customer into the journey. Found by
 * the kill -9 test (JourneyCrashIT), where such customers were stored but never enrolled and never mailed.
 */
class EventRetryEntryTest {
    private static final String AT = "2026-05-04T10:00:00";

    @TempDir
    Path dir;

    @Test
    void anEventPostedAgainAfterItsServerDiedTakesTheCustomerInOnce() {
        MovableClock clock = new MovableClock(Instant.parse(AT + "Z"));
        try (Services app = JourneyTestShop.open(dir.resolve("data"), clock)) {
            JourneyTestShop.customer(app, "R1");
            app.journeys.service.apply(JourneyTestShop.welcome(JourneyTestShop.approvedEmail(app), 0), "alice");
            // what the killed server left: the event stored, its triggers never run
            app.events.saveAll(
                    List.of(new Event("r1-signup", "signed_up", "R1", null, LocalDateTime.parse(AT), Map.of())));
            assertThat(enrolments(app)).isEmpty();

            EventIntake.Result retry = app.eventIntake.ingest(List.of(signup("r1-signup")));

            assertThat(retry.duplicates()).as("the event is not stored twice").isEqualTo(1);
            assertThat(enrolments(app))
                    .singleElement()
                    .extracting(Enrolment::state)
                    .isEqualTo(EnrolmentState.ACTIVE);

            // through the journey (a day's wait, the e-mail, three days' wait) and out
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            app.journeys.worker.runDue();
            clock.advance(Duration.ofDays(3).plusMinutes(1));
            app.journeys.worker.runDue();
            assertThat(enrolments(app))
                    .singleElement()
                    .extracting(Enrolment::state)
                    .isEqualTo(EnrolmentState.EXITED);

            app.eventIntake.ingest(List.of(signup("r1-signup")));
            assertThat(enrolments(app))
                    .as("the same event posted yet again, after the customer left a journey they may enter again")
                    .hasSize(1);
            app.eventIntake.ingest(List.of(signup("r1-signup-again")));
            assertThat(enrolments(app)).as("a new sign-up takes them in again").hasSize(2);
        }
    }

    private static Map<String, String> signup(String id) {
        return Map.of("id", id, "type", "signed_up", "customerId", "R1", "occurredAt", AT);
    }

    private static List<Enrolment> enrolments(Services app) {
        return app.stores.journeys().enrolments().ofCustomer("welcome", "R1");
    }
}
