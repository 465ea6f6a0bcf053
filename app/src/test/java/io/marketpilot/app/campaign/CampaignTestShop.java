package io.marketpilot.app.campaign;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** What the campaign tests put into a store: opted-in customers and a hand-written e-mail, approved. */
final class CampaignTestShop {
    /** When the test customers signed up and opted in. */
    static final Instant SIGNED_UP = Instant.parse("2026-01-01T00:00:00Z");

    private CampaignTestShop() {}

    /** The customer's e-mail opt-in on every topic, as an import would record it. */
    static void optIn(Services app, String customerId) {
        app.stores
                .campaigns()
                .consents()
                .record(new Consent(
                        customerId,
                        ChannelKind.EMAIL,
                        Consent.ALL_TOPICS,
                        ConsentStatus.OPTED_IN,
                        ConsentSource.IMPORT,
                        SIGNED_UP,
                        "sign-up form"));
    }

    /** Saves {@code copyJson} as an e-mail draft of {@code batch} and approves it; returns its id. */
    static long approvedEmail(Services app, String batch, String copyJson) {
        ContentItem item = app.stores
                .contentItems()
                .saveAll(List.of(new ContentItem(
                        0,
                        batch,
                        LocalDateTime.parse("2026-04-01T10:00:00"),
                        new ContentTarget("email", "en", "Everyone", null, null, "news", "friendly"),
                        "news",
                        copyJson,
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
}
