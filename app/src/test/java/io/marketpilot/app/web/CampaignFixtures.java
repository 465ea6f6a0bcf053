package io.marketpilot.app.web;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.channels.webhook.WebhookSignature;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.content.ContentItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the campaign tests share: the campaigns' settings, an approved e-mail, consent, a signed webhook call. */
final class CampaignFixtures {
    static final String SHOP = "https://shop.example.com/spring";
    static final String WEBHOOK_SECRET = "test-webhook-secret-0123456789";

    private CampaignFixtures() {}

    /**
     * Campaigns with a shop URL (so messages carry a tracked click), no quiet hours (so a campaign sent in a test is due
     * at once whatever the time of day), a frequency cap no test reaches, and a webhook secret (for the delivery
     * webhook).
     */
    static CampaignSettings settings() {
        return CampaignSettings.parse(Map.of(
                "campaigns.shop-url", SHOP,
                "campaigns.quiet-hours", "none",
                "campaigns.frequency-cap", "100/7d",
                "webhook.url", "http://127.0.0.1:9/unused",
                "webhook.secret", WEBHOOK_SECRET));
    }

    /** A new approved e-mail for the sample shop's first customers; returns its id. */
    static long approvedEmail(TestApp app) {
        var batch = app.app.content.generate(
                new GenerateRequest(
                        "email", null, "C00010", "CAB-100", "spring sale", "friendly", "en", "x", List.of(), 3, 7),
                "test");
        for (ContentItem item : batch.items()) {
            try {
                return app.app
                        .content
                        .approve(item.id(), "test reviewer", "fine")
                        .id();
            } catch (io.marketpilot.core.MarketPilotException e) {
                // a variant with a guardrail error stays a draft; the next one is approved instead
            }
        }
        throw new AssertionError("no variant of " + batch.batchId() + " could be approved");
    }

    /** The customers opted in to e-mail, as a form on the shop would record it. */
    static void optIn(TestApp app, String... customers) {
        for (String c : customers) {
            app.app.campaigns.consent.set(
                    c, ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN, ConsentSource.API, "test form", "test");
        }
    }

    /** The header a provider signs a delivery report with. */
    static String signature(String body) {
        return WebhookSignature.sign(WEBHOOK_SECRET, Instant.now(), body);
    }
}
