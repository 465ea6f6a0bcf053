package io.marketpilot.app.content;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generation request as the CLI, API and dashboard take it. The API reads it from JSON, which leaves absent fields
 * null: the constructor still refuses a missing channel and gives language, network, keywords and variants their
 * defaults (a blank language or network counts as absent too).
 *
 * @param channel email, ad, social, sms or product
 * @param segment the segment's number or persona name in the latest segmentation run, or null
 * @param customer one customer's id, or null
 * @param product a product id (SKU), or null
 * @param goal the campaign goal
 * @param tone friendly, formal, playful, urgent
 * @param language en or zh
 * @param network the social network (social posts only)
 * @param keywords words to cover
 * @param variants how many variants
 * @param seed varies the phrasing
 */
public record GenerateRequest(
        String channel,
        @Nullable String segment,
        @Nullable String customer,
        @Nullable String product,
        @Nullable String goal,
        @Nullable String tone,
        String language,
        String network,
        List<String> keywords,
        int variants,
        long seed) {
    /** Keywords go into every prompt; these bound the prompt's share for them. */
    static final int MAX_KEYWORDS = 20;

    static final int MAX_KEYWORD = 100;

    public GenerateRequest {
        if (channel == null || channel.isBlank()) {
            throw MarketPilotException.invalid("channel is required: email, ad, social, sms or product");
        }
        segment = blankToNull(segment);
        customer = blankToNull(customer);
        product = blankToNull(product);
        if (segment != null && customer != null) {
            throw MarketPilotException.invalid("Give a segment or a customer, not both");
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        network = network == null || network.isBlank() ? "x" : network.strip();
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        TextRules.requireFits("segment", segment, FieldLimits.NAME);
        TextRules.requireFits("customer", customer, FieldLimits.ID);
        TextRules.requireFits("product", product, FieldLimits.ID);
        TextRules.requireFits("goal", goal, FieldLimits.CONTENT_GOAL);
        TextRules.requireFits("tone", tone, FieldLimits.CONTENT_TONE);
        if (keywords.size() > MAX_KEYWORDS) {
            throw MarketPilotException.invalid("At most " + MAX_KEYWORDS + " keywords, not " + keywords.size());
        }
        keywords.forEach(k -> TextRules.requireFits("keyword", k, MAX_KEYWORD));
        variants = variants == 0 ? 3 : variants;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
