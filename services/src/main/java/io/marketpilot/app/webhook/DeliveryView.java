package io.marketpilot.app.webhook;

import io.marketpilot.core.webhook.WebhookDelivery;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a subscription's delivery log, as the doors show it.
 *
 * @param id the delivery's number (what replay takes)
 * @param subscriptionId the subscription
 * @param eventId the event's id, the same in every copy
 * @param event the event's wire name
 * @param status pending, claimed, retry, delivered, failed or dead
 * @param attempts posts made since it was queued or last replayed
 * @param nextAttemptAt when it may be posted next
 * @param lastResponseCode the receiver's HTTP status on the latest attempt; null when none answered
 * @param lastError what went wrong on the latest attempt; empty when nothing did
 * @param createdAt when the event was published
 * @param lastAttemptAt when the latest attempt ended; null before the first
 * @param deliveredAt when the receiver took it; null until then
 * @param payload the JSON body posted
 */
public record DeliveryView(
        long id,
        long subscriptionId,
        String eventId,
        String event,
        String status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Integer lastResponseCode,
        String lastError,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant deliveredAt,
        String payload) {
    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id(),
                d.subscriptionId(),
                d.eventId(),
                d.type().wireName(),
                d.status().wireName(),
                d.attempts(),
                d.nextAttemptAt(),
                d.lastResponseCode().isPresent() ? d.lastResponseCode().getAsInt() : null,
                d.lastError(),
                d.createdAt(),
                d.lastAttemptAt().orElse(null),
                d.deliveredAt().orElse(null),
                d.payload());
    }

    /** Whether a person may send it again. */
    public boolean replayable() {
        return status.equals("failed") || status.equals("dead");
    }
}
