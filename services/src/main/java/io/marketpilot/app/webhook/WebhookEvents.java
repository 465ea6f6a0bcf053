package io.marketpilot.app.webhook;

import io.marketpilot.core.webhook.WebhookEventType;
import java.util.Map;
import java.util.UUID;

/** Where the product's use cases announce what happened, for the webhook subscriptions that asked for it. */
public interface WebhookEvents {
    /** Announces nothing: for a graph built without webhooks (a test's). */
    WebhookEvents NONE = (type, eventId, data) -> 0;

    /**
     * Queues the event for every active subscription that wants its type, durably, before returning; returns how many
     * deliveries were queued. The same {@code eventId} published again queues nothing twice, so a caller that may
     * repeat itself (a retried request, a re-read report) names the event by what it is about.
     *
     * @param data the event's fields: strings, numbers, booleans, and lists and maps of them
     */
    int publish(WebhookEventType type, String eventId, Map<String, ?> data);

    /** The same for an event that happens once by nature, under a fresh random id. */
    default int publish(WebhookEventType type, Map<String, ?> data) {
        return publish(type, type.wireName() + ":" + UUID.randomUUID(), data);
    }
}
