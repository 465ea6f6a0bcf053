package io.marketpilot.app.webhook;

import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.core.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the doors show it: everything but the secret, which was given once and is never shown again.
 *
 * @param id its number
 * @param url where events are posted
 * @param events the events' wire names, sorted
 * @param active whether new events go to it
 * @param createdBy who subscribed it
 * @param createdAt when
 */
public record SubscriptionView(
        long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt) {
    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(
                s.id(),
                s.url(),
                s.types().stream().map(WebhookEventType::wireName).sorted().toList(),
                s.active(),
                s.createdBy(),
                s.createdAt());
    }
}
