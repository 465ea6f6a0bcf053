package io.marketpilot.recommend.rules;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.IdIndex;
import io.marketpilot.recommend.data.Interactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Applies {@link BusinessRules} to a fitted recommender's ranking: the exclusions act as a filter on the ranked
 * items (pushed into the top-k selection, which ranks the same as filtering the full list but never comes up
 * short), then MMR re-ranks a pool of {@value #POOL_FACTOR}·k candidates when diversity is asked for.
 */
public final class BusinessRuleFilter {
    static final int POOL_FACTOR = 5;

    private final Recommender recommender;
    private final BusinessRules rules;
    private final Optional<ItemSimilarity> similarity;

    /**
     * @param similarity item similarity for MMR, fitted on the same data as the recommender; required when the rules
     *     ask for diversity
     */
    public BusinessRuleFilter(Recommender recommender, BusinessRules rules, Optional<ItemSimilarity> similarity) {
        if (rules.diversifies() && similarity.isEmpty()) {
            throw MarketPilotException.invalid("diversity (MMR lambda < 1) needs an item similarity");
        }
        this.recommender = recommender;
        this.rules = rules;
        this.similarity = similarity;
    }

    public List<Recommendation> recommend(String userId, int k) {
        if (k < 1) {
            throw MarketPilotException.invalid("number of recommendations must be at least 1, got " + k);
        }
        Interactions training = recommender.training();
        similarity.ifPresent(s -> {
            if (s.items() != training.items()
                    && !s.items().ids().equals(training.items().ids())) {
                throw MarketPilotException.invalid("item similarity '" + s.name() + "' was fitted on other items than '"
                        + recommender.name() + "'");
            }
        });
        int user = training.users().indexOf(userId);
        IntPredicate allowed = allowed(userId, user, training);
        if (!rules.diversifies()) {
            return recommender.explain(user, recommender.topItems(user, k, allowed));
        }
        ScoredItems pool = recommender.topItems(user, POOL_FACTOR * k, allowed);
        return recommender.explain(user, MmrReranker.rerank(pool, k, rules.diversity(), similarity.orElseThrow()));
    }

    private IntPredicate allowed(String userId, int user, Interactions training) {
        IdIndex items = training.items();
        IntPredicate allowed = rules.excludeBought() ? training.notSeenBy(user) : item -> true;
        Set<String> returned = rules.returnedByUser().getOrDefault(userId, Set.of());
        if (!returned.isEmpty()) {
            allowed = allowed.and(item -> !returned.contains(items.id(item)));
        }
        if (rules.stockByItem().isPresent()) {
            Map<String, Integer> stock = rules.stockByItem().orElseThrow();
            allowed = allowed.and(item -> stock.getOrDefault(items.id(item), 0) > 0);
        }
        return allowed;
    }
}
