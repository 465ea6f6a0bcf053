package io.marketpilot.app.webhook;

import io.marketpilot.channels.webhook.WebhookEventBody;
import io.marketpilot.channels.webhook.WebhookSettings;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.webhook.WebhookDelivery;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.core.webhook.WebhookStore;
import io.marketpilot.core.webhook.WebhookSubscription;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks out, the use cases: subscribe a receiver, list and remove subscriptions, read a subscription's delivery
 * log, replay a delivery that failed or died, and publish the product's events to the subscriptions that want them.
 * Publishing only stores the deliveries (one transaction, before it returns); {@link WebhookWorker} posts them.
 */
public final class WebhookService implements WebhookEvents {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);
    /** The most log lines one read returns. */
    public static final int LOG_LIMIT = 500;

    private final WebhookStore store;
    private final AuditLog audit;
    private final Clock clock;

    public WebhookService(WebhookStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Subscribes a receiver. The URL is https (events carry customer ids), or http on this machine; the secret has at
     * least 16 characters: the rules of the webhook channel's settings, which this reuses.
     */
    public SubscriptionView subscribe(NewSubscription request, String actor) {
        if (request.url() == null || request.secret() == null || request.events() == null) {
            throw MarketPilotException.invalid("a subscription needs url, events and secret");
        }
        URI url;
        try {
            url = new URI(request.url().strip());
        } catch (URISyntaxException e) {
            throw MarketPilotException.invalid("url is not a URL: " + e.getReason());
        }
        new WebhookSettings(url, request.secret(), java.time.Duration.ofSeconds(1)); // checks scheme, host, secret
        if (request.events().isEmpty()) {
            throw MarketPilotException.invalid(
                    "events must name at least one event type, e.g. " + WebhookEventType.MESSAGE_SENT.wireName());
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        request.events().forEach(e -> types.add(WebhookEventType.parse(e)));
        WebhookSubscription stored = store.subscribe(
                new WebhookSubscription(0, url.toString(), types, request.secret(), true, actor, clock.instant()));
        audit.record(actor, "webhook.subscribe", "webhook:" + stored.id(), "url=" + stored.url() + " events=" + types);
        return SubscriptionView.of(stored);
    }

    public List<SubscriptionView> subscriptions() {
        return store.subscriptions().stream().map(SubscriptionView::of).toList();
    }

    public SubscriptionView subscription(long id) {
        return SubscriptionView.of(find(id));
    }

    /** Removes the subscription and its delivery log. */
    public void remove(long id, String actor) {
        if (!store.remove(id)) {
            throw MarketPilotException.notFound("Webhook subscription", Long.toString(id));
        }
        audit.record(actor, "webhook.remove", "webhook:" + id, "");
    }

    /** The subscription's deliveries, newest first, at most {@code limit} (capped at {@link #LOG_LIMIT}). */
    public List<DeliveryView> deliveries(long subscriptionId, int limit) {
        find(subscriptionId);
        return store.deliveries(subscriptionId, Math.clamp(limit, 1, LOG_LIMIT)).stream()
                .map(DeliveryView::of)
                .toList();
    }

    /** Queues a failed or dead delivery again, due now, with a fresh count of attempts; 409 for any other. */
    public DeliveryView replay(long deliveryId, String actor) {
        WebhookDelivery delivery = store.delivery(deliveryId)
                .orElseThrow(() -> MarketPilotException.notFound("Webhook delivery", Long.toString(deliveryId)));
        if (!store.replay(deliveryId, clock.instant())) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "only a failed or dead delivery can be replayed; delivery " + deliveryId + " is "
                            + delivery.status().wireName());
        }
        audit.record(actor, "webhook.replay", "webhook-delivery:" + deliveryId, "event=" + delivery.eventId());
        return DeliveryView.of(store.delivery(deliveryId).orElseThrow());
    }

    @Override
    public int publish(WebhookEventType type, String eventId, Map<String, ?> data) {
        String id = eventId.length() <= FieldLimits.EVENT_ID ? eventId : eventId.substring(0, FieldLimits.EVENT_ID);
        Instant now = clock.instant();
        int queued = store.publish(id, type, WebhookEventBody.json(id, type.wireName(), now, data), now);
        if (queued > 0) {
            LOG.info("webhook event={} queued={}", type.wireName(), queued);
        }
        return queued;
    }

    private WebhookSubscription find(long id) {
        return store.subscription(id)
                .orElseThrow(() -> MarketPilotException.notFound("Webhook subscription", Long.toString(id)));
    }
}
