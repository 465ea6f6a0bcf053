package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A behavioural event (page view, e-mail open, click, add to cart…) with free-form string properties. */
public record Event(
        String id,
        String type,
        @Nullable String customerId,
        @Nullable String productId,
        LocalDateTime occurredAt,
        Map<String, String> properties) {
    public Event {
        Require.id(id, "event id", FieldLimits.EVENT_ID);
        Require.fits(type, "type", FieldLimits.EVENT_TYPE);
        Require.fits(customerId, "customerId", FieldLimits.ID);
        Require.fits(productId, "productId", FieldLimits.ID);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
