package io.marketpilot.app.support;

import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.assistant.chat.ProductSuggester;
import io.marketpilot.assistant.kb.KnowledgeBase;
import io.marketpilot.assistant.kb.Passage;
import io.marketpilot.assistant.kb.SearchMode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.store.ProductRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Products for a purchase-intent turn: catalogue passages that match the customer's words first, then the
 * recommender's picks for an anonymous visitor (its popular products) to fill up.
 */
final class CatalogueSuggestions implements ProductSuggester {
    /** Widget visitors are anonymous; the recommender answers unknown customers with popular products. */
    static final String VISITOR = "widget-visitor";

    private final KnowledgeBase kb;
    private final ProductRepository products;
    private final StoreRecommendations recommendations;

    CatalogueSuggestions(KnowledgeBase kb, ProductRepository products, StoreRecommendations recommendations) {
        this.kb = kb;
        this.products = products;
        this.recommendations = recommendations;
    }

    @Override
    public List<ProductSuggestion> suggest(String text, int k) {
        List<ProductSuggestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Passage p : kb.search(text, 20, SearchMode.HYBRID)) {
            String id = p.chunk().entryId();
            if (p.chunk().source().equals(KnowledgeBase.CATALOGUE) && !id.isEmpty() && seen.add(id)) {
                products.find(id)
                        .ifPresent(prod -> out.add(new ProductSuggestion(
                                id,
                                prod.name(),
                                "matches your question, " + p.chunk().citation())));
            }
            if (out.size() == k) {
                return out;
            }
        }
        try {
            for (var r : recommendations.forCustomer(VISITOR, k)) {
                if (out.size() < k && seen.add(r.itemId())) {
                    products.find(r.itemId())
                            .ifPresent(prod -> out.add(new ProductSuggestion(r.itemId(), prod.name(), r.reason())));
                }
            }
        } catch (MarketPilotException e) {
            // no sales yet to recommend from: the catalogue matches stand alone
        }
        return out;
    }
}
