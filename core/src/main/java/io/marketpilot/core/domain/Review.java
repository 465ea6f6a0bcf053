package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDateTime;

/**
 * A review or social post. Customer, product and rating are optional; language is an ISO 639-1 code such as
 * {@code en} or {@code zh}.
 */
public record Review(
        String id,
        String customerId,
        String productId,
        String text,
        Integer rating,
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
