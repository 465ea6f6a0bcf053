package io.marketpilot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.journeys.codec.JourneyCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's three journeys as {@code marketpilot demo} seeds them: applied from docs/journeys, walked through
 * fourteen days of simulated traffic by the real entrance, worker and sender, so that every step has counts and each
 * journey a lift over its holdout right after the demo loads.
 */
class DemoJourneysIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static String seeded;
    static long seedMillis;

    @BeforeAll
    static void start() {
        // seeded before the server starts, as marketpilot demo does
        app = TestApp.start(dir, CampaignSettings.defaults(), shop -> {
            DemoContent.generateIfEmpty(shop);
            assertThat(DemoCampaign.seedIfEmpty(shop)).isPresent();
            long t0 = System.nanoTime();
            seeded = DemoJourneys.seedIfEmpty(shop).orElseThrow();
            seedMillis = (System.nanoTime() - t0) / 1_000_000;
        });
        System.out.println("demo journeys seeded in " + seedMillis + " ms: " + seeded);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theThreeJourneysAreTheFilesInDocsJourneysAsWritten() throws IOException {
        assertThat(app.app.journeys.service.list())
                .extracting(j -> j.id())
                .containsExactlyInAnyOrderElementsOf(DemoJourneys.IDS);
        for (String file : List.of("welcome", "abandoned-cart", "win-back")) {
            String json = Files.readString(Path.of("..", "docs", "journeys", file + ".json"));
            var stored = app.app.journeys.service.show(file);
            assertThat(stored.journey().status()).isEqualTo("active");
            assertThat(stored.journey().createdBy()).isEqualTo("demo marketer");
            assertThat(stored.definition())
                    .as("the e-mail ids the file names are the demo's")
                    .isEqualTo(JourneyCodec.write(JourneyCodec.read(json)));
        }
    }

    @Test
    void everyStepOfEveryJourneyWasReachedAndEachJourneySentConvertedAndHeldOut() {
        for (String id : DemoJourneys.IDS) {
            JourneyReport r = app.app.journeys.service.report(id);
            assertThat(r.entered()).as(id).isPositive();
            assertThat(r.holdoutEntered()).as(id).isPositive();
            assertThat(r.converted()).as(id).isPositive();
            assertThat(r.steps()).as(id).allSatisfy(s -> assertThat(s.entered())
                    .as(id + " " + s.stepId())
                    .isPositive());
            assertThat(r.steps().stream()
                            .mapToLong(JourneyReport.StepFigures::sent)
                            .sum())
                    .as(id)
                    .isPositive();
            assertThat(r.steps().stream()
                            .mapToLong(JourneyReport.StepFigures::heldOut)
                            .sum())
                    .as(id)
                    .isPositive();
            assertThat(r.steps().stream()
                            .mapToLong(JourneyReport.StepFigures::exited)
                            .sum())
                    .as(id)
                    .isPositive();
        }
        JourneyReport welcome = app.app.journeys.service.report("welcome");
        assertThat(welcome.steps())
                .filteredOn(s -> s.stepId().equals("nudge") || s.stepId().equals("welcomed"))
                .as("both ways out of the wait for a page view were taken")
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.entered()).isPositive());
    }

    @Test
    void eachJourneyShowsItsLiftOverTheHoldoutWithAnInterval() {
        for (String id : DemoJourneys.IDS) {
            JourneyReport r = app.app.journeys.service.report(id);
            assertThat(r.conversionDifference()).as(id).isNotNull().isPositive();
            assertThat(r.conversionLow()).as(id).isNotNull();
            assertThat(r.conversionHigh()).as(id).isNotNull().isGreaterThan(r.conversionLow());
            assertThat(r.verdict()).as(id).contains("interval");
        }
    }

    @Test
    void theCartReminderNamesProductsTheRecommenderPickedForTheCustomer() {
        List<OutboxEntry> reminders =
                io.marketpilot.core.page.Page.readAll(
                                page -> app.app.campaigns.stores.outbox().page(page))
                        .stream()
                        .filter(e -> e.message().subject().orElse("").equals("You left something in your cart"))
                        .toList();
        assertThat(reminders).isNotEmpty();
        assertThat(reminders)
                .allSatisfy(m -> assertThat(m.message().text()).containsPattern("Picked for you: [^.\\s]"));
    }

    @Test
    void seedingAgainChangesNothing() {
        assertThat(DemoJourneys.seedIfEmpty(app.app)).isEmpty();
    }
}
