package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.TopK;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.data.Interactions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Collaborative filtering and content similarity blended by weighted reciprocal-rank fusion: each component ranks
 * its top {@code pool} candidates, and an item scores {@code w / (rankOffset + rank)} from each list it appears in.
 * Ranks rather than raw scores, because ALS dot products and cosines live on unrelated scales. The collaborative
 * weight grows with the customer's history ({@link HybridParameters#collaborativeWeight}), so new customers lean on
 * what their few purchases look like and regulars on what people like them bought; products nobody has bought yet
 * can only come from the content list.
 */
public final class HybridRecommender implements Recommender {
    private final Recommender collaborative;
    private final ContentRecommender content;
    private final HybridParameters parameters;

    public HybridRecommender(Recommender collaborative, ContentRecommender content, HybridParameters parameters) {
        this.collaborative = collaborative;
        this.content = content;
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public String parameters() {
        return String.format(
                Locale.ROOT,
                "collaborative=%s content=%s pool=%d rank_offset=%s half_history=%s",
                collaborative.name(),
                content.name(),
                parameters.pool(),
                parameters.rankOffset(),
                parameters.halfHistory());
    }

    /** Fits both components on the same data. */
    @Override
    public void fit(Interactions training) {
        collaborative.fit(training);
        content.fit(training);
    }

    @Override
    public Interactions training() {
        return collaborative.training();
    }

    @Override
    public ScoredItems topItems(int user, int n, IntPredicate allowed) {
        Interactions data = training();
        if (!data.hasHistory(user)) {
            return collaborative.topItems(user, n, allowed);
        }
        int pool = Math.max(n, parameters.pool());
        double wCollaborative = parameters.collaborativeWeight(data.userItems().rowLength(user));
        Map<Integer, Double> fused = new HashMap<>();
        addRanks(fused, collaborative.topItems(user, pool, allowed), wCollaborative);
        addRanks(fused, content.similarToHistory(user, pool, allowed), 1 - wCollaborative);
        TopK best = new TopK(n);
        fused.forEach(best::offer);
        return best.sorted();
    }

    private void addRanks(Map<Integer, Double> fused, ScoredItems ranked, double weight) {
        for (int r = 0; r < ranked.size(); r++) {
            fused.merge(ranked.item(r), weight / (parameters.rankOffset() + r + 1), Double::sum);
        }
    }

    /**
     * The collaborative reason, unless the product has no buyers yet (then only its description can explain it) or
     * the collaborative model has nothing personal to say.
     */
    @Override
    public String reason(int user, int item) {
        boolean unbought = training().itemUsers().rowLength(item) == 0;
        String because = collaborative.reason(user, item);
        if (unbought || because.equals(POPULAR_REASON)) {
            String similar = content.reason(user, item);
            return similar.equals(POPULAR_REASON) ? because : similar;
        }
        return because;
    }
}
