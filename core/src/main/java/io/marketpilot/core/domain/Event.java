package io.marketpilot.core.domain;

import java.time.LocalDateTime;
import java.util.Map;

/** A behavioural event (page view, e-mail open, click, add to cart…) with free-form string properties. */
public record Event(
        String id,
        String type,
        String customerId,
        String productId,
        LocalDateTime occurredAt,
        Map<String, String> properties) {
    public Event {
        Require.id(id, "event id");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
