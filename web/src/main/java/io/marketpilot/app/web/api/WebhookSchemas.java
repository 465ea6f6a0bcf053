package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.app.webhook.SubscriptionView;
import io.marketpilot.channels.webhook.WebhookSettings;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.core.webhook.WebhookSubscription;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the webhooks-out endpoints: answers read from the services' records, the request by hand. */
final class WebhookSchemas {
    private WebhookSchemas() {}

    static Map<String, Object> all() {
        List<String> types = Arrays.stream(WebhookEventType.values())
                .map(WebhookEventType::wireName)
                .toList();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "NewWebhookSubscription",
                object(
                        List.of("url", "events", "secret"),
                        "url",
                        str("https URL of the receiver (http only on this machine)", WebhookSubscription.URL_LIMIT),
                        "events",
                        Map.of(
                                "type",
                                "array",
                                "minItems",
                                1,
                                "items",
                                Map.of("type", "string", "enum", types),
                                "description",
                                "The events it receives"),
                        "secret",
                        Map.of(
                                "type",
                                "string",
                                "minLength",
                                WebhookSettings.MIN_SECRET_LENGTH,
                                "maxLength",
                                WebhookSubscription.SECRET_LIMIT,
                                "description",
                                "The HMAC-SHA256 key each request is signed with; never shown again")));
        s.put(
                "WebhookSubscription",
                RecordSchemas.of(
                        SubscriptionView.class,
                        "A webhook subscription, without its secret",
                        "events",
                        "The events it receives: " + String.join(", ", types)));
        s.put("WebhookSubscriptionList", Map.of("type", "array", "items", ref("WebhookSubscription")));
        s.put(
                "WebhookDelivery",
                RecordSchemas.of(
                        DeliveryView.class,
                        "One event's delivery to one subscription: the body posted and how its attempts went",
                        "status",
                        "pending, claimed, retry, delivered, failed (refused for good) or dead (every attempt failed)",
                        "lastResponseCode",
                        "The receiver's HTTP status on the latest attempt; null when none answered",
                        "payload",
                        "The JSON body posted, the same on every attempt and replay"));
        s.put("WebhookDeliveryList", Map.of("type", "array", "items", ref("WebhookDelivery")));
        return s;
    }
}
