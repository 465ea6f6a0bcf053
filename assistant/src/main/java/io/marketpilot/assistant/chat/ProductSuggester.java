package io.marketpilot.assistant.chat;

import java.util.List;

/** Suggests products for a purchase-intent turn (the app adapts the catalogue and the recommender to this). */
public interface ProductSuggester {

    /** A suggested product with why it was chosen. */
    record ProductSuggestion(String productId, String name, String reason) {}

    List<ProductSuggestion> suggest(String text, int k);

    static ProductSuggester none() {
        return (text, k) -> List.of();
    }
}
