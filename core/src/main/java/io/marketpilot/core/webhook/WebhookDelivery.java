package io.marketpilot.core.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One event on its way to one subscription: the body posted (the same bytes on every attempt, so a receiver can drop a
 * copy by its event id), and what the attempts so far gave.
 *
 * @param id the store's number for it
 * @param subscriptionId the subscription it goes to
 * @param eventId the event's id, the same for every subscription it goes to
 * @param type the event's type
 * @param payload the JSON body posted
 * @param status where it stands
 * @param attempts how many posts were made since it was queued or last replayed
 * @param nextAttemptAt when it may be posted next
 * @param lastResponseCode the receiver's HTTP status on the latest attempt; empty when none answered
 * @param lastError what went wrong on the latest attempt; empty when it went well or none was made
 * @param createdAt when the event was published
 * @param lastAttemptAt when the latest attempt ended
 * @param deliveredAt when the receiver took it
 */
public record WebhookDelivery(
        long id,
        long subscriptionId,
        String eventId,
        WebhookEventType type,
        String payload,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        OptionalInt lastResponseCode,
        String lastError,
        Instant createdAt,
        Optional<Instant> lastAttemptAt,
        Optional<Instant> deliveredAt) {}
