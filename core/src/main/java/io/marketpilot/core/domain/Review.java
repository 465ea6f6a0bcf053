package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A review or social post. Customer, product and rating are optional; language is an ISO 639-1 code such as
 * {@code en} or {@code zh}.
 */
public record Review(
        String id,
        @Nullable String customerId,
        @Nullable String productId,
        String text,
        @Nullable Integer rating,
        String channel,
        String language,
        LocalDateTime createdAt) {
    public Review {
        Require.id(id, "review id", FieldLimits.EVENT_ID);
        Require.fits(customerId, "customerId", FieldLimits.ID);
        Require.fits(productId, "productId", FieldLimits.ID);
        Require.fits(text, "text", FieldLimits.REVIEW_TEXT);
        Require.fits(channel, "channel", FieldLimits.CHANNEL);
        Require.fits(language, "language", FieldLimits.LANGUAGE);
    }
}
