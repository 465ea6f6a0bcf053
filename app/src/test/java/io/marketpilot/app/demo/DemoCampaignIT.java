package io.marketpilot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.core.campaign.ChannelKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's campaign as {@code marketpilot demo} seeds it: consent for a share of the sample customers, one campaign
 * approved by a second person and sent into the outbox, simulated opens, clicks and orders, and a holdout report that
 * gives the lift with its interval.
 */
class DemoCampaignIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static String seeded;
    static long seedMillis;

    @BeforeAll
    static void start() {
        // seeded before the server starts, as marketpilot demo does: the server's sender must not see the campaign
        app = TestApp.start(dir, CampaignSettings.defaults(), shop -> {
            DemoContent.generateIfEmpty(shop);
            long t0 = System.nanoTime();
            seeded = DemoCampaign.seedIfEmpty(shop).orElseThrow();
            seedMillis = (System.nanoTime() - t0) / 1_000_000;
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDemoCampaignWasApprovedBySomeoneElseAndSentToTheOutboxOnly() {
        var campaign = app.app.campaigns.service.get(DemoCampaign.ID);
        assertThat(campaign.status()).isEqualTo("done");
        assertThat(campaign.name()).contains("simulated");
        assertThat(campaign.approvedBy()).isNotNull().isNotEqualTo(campaign.createdBy());
        CampaignReport report = app.app.campaigns.service.report(DemoCampaign.ID);
        assertThat(report.reachesRecipients()).isFalse();
        assertThat(report.delivery()).isEqualTo("outbox: not delivered");
        assertThat(report.queue().get("sent")).isEqualTo(report.recipients()).isPositive();
        assertThat(app.app.campaigns.stores.outbox().count()).isEqualTo(report.recipients());
        assertThat(report.leftOut().get("no_consent")).isPositive();
        assertThat(report.leftOut().get("holdout")).isPositive();
        assertThat(report.events()).containsKeys("sent", "open", "click", "conversion");
        System.out.println("demo campaign seeded in " + seedMillis + " ms: " + seeded);
    }

    @Test
    void theHoldoutReportGivesTheLiftWithItsInterval() {
        HoldoutLiftView lift = app.app.campaigns.service.report(DemoCampaign.ID).lift();
        assertThat(lift).isNotNull();
        assertThat(lift.holdout().customers()).isPositive();
        assertThat(lift.recipients().conversions()).isPositive();
        assertThat(lift.conversionDifference()).isNotNull().isPositive();
        assertThat(lift.conversionLow()).isNotNull();
        assertThat(lift.conversionHigh()).isNotNull().isGreaterThan(lift.conversionLow());
        assertThat(lift.revenueLow()).isNotNull();
        assertThat(lift.verdict()).contains("interval");
    }

    @Test
    void aShareOfTheCustomersConsentedWithTheImportAsProof() {
        var consent = app.app.campaigns.consent.show("C00001");
        var all = app.app.customers.count();
        long optedIn = app.app.customers.list(io.marketpilot.core.page.PageRequest.first(500)).items().stream()
                .filter(c -> app.app.campaigns.consent.show(c.id()).latest().stream()
                        .anyMatch(l -> l.channel().equals(ChannelKind.EMAIL.wireName())
                                && l.status().equals("opted_in")))
                .count();
        assertThat((double) optedIn / 500).isBetween(0.6, 0.8);
        assertThat(all).isEqualTo(1_500);
        consent.history().forEach(l -> assertThat(l.proof()).contains("demo-consent.csv"));
    }

    @Test
    void seedingAgainChangesNothing() {
        assertThat(DemoCampaign.seedIfEmpty(app.app)).isEmpty();
    }
}
