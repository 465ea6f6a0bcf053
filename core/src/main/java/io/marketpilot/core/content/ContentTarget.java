package io.marketpilot.core.content;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a text was written for.
 *
 * @param channel email, ad, social, sms or product
 * @param language en or zh
 * @param segment the persona name of the target segment, or null for one customer or a product page
 * @param customerId the one customer it was written for, or null
 * @param productId the product it features, or null
 * @param goal the campaign goal in the marketer's words
 * @param tone the requested tone
 */
public record ContentTarget(
        String channel,
        String language,
        @Nullable String segment,
        @Nullable String customerId,
        @Nullable String productId,
        @Nullable String goal,
        @Nullable String tone) {
    public ContentTarget {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
    }
}
