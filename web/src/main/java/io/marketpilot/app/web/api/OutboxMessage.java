package io.marketpilot.app.web.api;

import io.marketpilot.app.campaign.CampaignChannels;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message the outbox holds, as the API and the dashboard show it: stored instead of delivered, which its
 * {@code delivery} says in words so that nobody takes it for a sent mail.
 *
 * @param campaignId the campaign it belongs to, or null (a double opt-in confirmation)
 * @param customerId the customer it was written for, or null
 * @param unsubscribeUrl the recipient's signed one-click unsubscribe link, or null
 */
public record OutboxMessage(
        long id,
        String key,
        String delivery,
        String recipient,
        @Nullable String subject,
        String text,
        @Nullable String html,
        @Nullable String unsubscribeUrl,
        @Nullable String campaignId,
        @Nullable String customerId,
        Instant storedAt) {

    public static OutboxMessage of(OutboxEntry entry) {
        OutgoingMessage m = entry.message();
        return new OutboxMessage(
                entry.id(),
                m.key(),
                CampaignChannels.OUTBOX,
                m.recipient(),
                m.subject().orElse(null),
                m.text(),
                m.html().orElse(null),
                m.unsubscribe().map(u -> u.web().toString()).orElse(null),
                m.metadata().campaignId().orElse(null),
                m.metadata().customerId().orElse(null),
                entry.storedAt());
    }
}
