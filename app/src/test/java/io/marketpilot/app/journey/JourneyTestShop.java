package io.marketpilot.app.journey;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.page.PageRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the journey tests put into a store: opted-in customers, an approved e-mail, and the journey around it. */
final class JourneyTestShop {
    static final Instant SIGNED_UP = Instant.parse("2026-01-01T00:00:00Z");

    private JourneyTestShop() {}

    /** The app over an embedded store in {@code dataDir}, on {@code clock}, without quiet hours or a tight cap. */
    static Services open(Path dataDir, Clock clock) {
        CampaignSettings campaigns = new CampaignSettings(
                CampaignSettings.DEFAULT_PUBLIC_URL,
                Optional.empty(),
                new FrequencyCap(100, Duration.ofDays(7)),
                QuietHours.NONE,
                ConsentPolicy.EXPLICIT_ONLY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return Application.open(
                new MarketPilotConfig(dataDir, null, null, null, "127.0.0.1", 0).withCampaigns(campaigns), clock);
    }

    /** A customer with an e-mail address, opted in to every topic. */
    static void customer(Services app, String id) {
        app.customers.save(new Customer(
                id,
                id.toLowerCase(Locale.ROOT) + "@example.com",
                "Customer " + id,
                "Germany",
                "Berlin",
                LocalDate.of(2025, 1, 1)));
        app.stores
                .campaigns()
                .consents()
                .record(new Consent(
                        id,
                        ChannelKind.EMAIL,
                        Consent.ALL_TOPICS,
                        ConsentStatus.OPTED_IN,
                        ConsentSource.IMPORT,
                        SIGNED_UP,
                        "sign-up form"));
    }

    /** An approved e-mail; returns its id. */
    static long approvedEmail(Services app) {
        ContentItem item = app.stores
                .contentItems()
                .saveAll(List.of(new ContentItem(
                        0,
                        "journey-test",
                        LocalDateTime.parse("2026-04-01T10:00:00"),
                        new ContentTarget("email", "en", "Everyone", null, null, "news", "friendly"),
                        "news",
                        "{\"subject\":\"Welcome {{first_name}}\",\"body\":\"Hi {{first_name}},\\n\\nGlad you are"
                                + " here.\",\"cta\":\"Shop now\"}",
                        "",
                        "{}",
                        new ContentProvenance("test", "hand-written", ""),
                        ContentReview.draft())))
                .getFirst();
        return app.stores
                .contentItems()
                .review(item.id(), ContentStatus.APPROVED, "bob", "", LocalDateTime.parse("2026-04-02T10:00:00"))
                .id();
    }

    /**
     * The welcome journey: entered on a {@code signed_up} event, a day's wait, the e-mail, three days' wait, then
     * the end; an order is its goal; a customer may enter again whenever they sign up again.
     */
    static String welcome(long contentId, double holdout) {
        return """
                {
                  "id": "welcome",
                  "name": "Welcome series",
                  "trigger": {"type": "event", "event": "signed_up"},
                  "steps": [
                    {"id": "settle", "type": "wait", "duration": "P1D"},
                    {"id": "hello", "type": "send", "channel": "email", "content": {"type": "approved", "ids": [%d]}},
                    {"id": "linger", "type": "wait", "duration": "P3D"}
                  ],
                  "goal": {"type": "order"},
                  "reEntry": {"type": "always"},
                  "holdout": %s
                }
                """.formatted(contentId, holdout);
    }

    /** Stores a {@code type} event of the customer's through the event intake, at the clock's time. */
    static void event(Services app, Clock clock, String id, String type, String customerId) {
        var result = app.eventIntake.ingest(List.of(Map.of(
                "id", id,
                "type", type,
                "customerId", customerId,
                "occurredAt",
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString())));
        if (result.saved() != 1) {
            throw new IllegalStateException("event " + id + " was not stored: " + result.rejected());
        }
    }

    /** The outbox's messages to the customer. */
    static List<OutboxEntry> outboxOf(Services app, String customerId) {
        String address = customerId.toLowerCase(Locale.ROOT) + "@example.com";
        return app.stores.campaigns().outbox().page(PageRequest.first(500)).items().stream()
                .filter(e -> e.message().recipient().equals(address))
                .toList();
    }
}
