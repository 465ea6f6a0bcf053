package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.app.webhook.SubscriptionView;
import java.util.List;

/**
 * The Webhooks page's model: every subscription with its recent deliveries, and the outcome of the last replay.
 *
 * @param message what the last action did; empty when none
 */
public record WebhooksView(Frame frame, List<WebhooksView.Subscription> subscriptions, String message) {
    /** A subscription and its recent deliveries, newest first. */
    public record Subscription(SubscriptionView subscription, List<DeliveryView> deliveries) {}
}
