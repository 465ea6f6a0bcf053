package io.marketpilot.app.insight;

import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.als.AlsParameters;
import io.marketpilot.recommend.als.AlsRecommender;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.content.ItemVectors;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.eval.AlgorithmResult;
import io.marketpilot.recommend.eval.Evaluator;
import io.marketpilot.recommend.eval.Split;
import io.marketpilot.recommend.eval.SplitMethod;
import io.marketpilot.recommend.hybrid.HybridParameters;
import io.marketpilot.recommend.hybrid.HybridRecommender;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The algorithms a store training compares, built fresh by name, and the rule that picks the one to serve. */
final class RecommenderCandidates {
    private final Optional<ItemVectors> vectors;
    private final long seed;

    RecommenderCandidates(Optional<ItemVectors> vectors, long seed) {
        this.vectors = vectors;
        this.seed = seed;
    }

    /** Candidate names, in the order they are evaluated and shown; content ones only when products have texts. */
    List<String> names() {
        return vectors.isPresent()
                ? List.of("popularity", "item-knn", "als", "content", "hybrid")
                : List.of("popularity", "item-knn", "als");
    }

    Recommender create(String name) {
        return switch (name) {
            case "popularity" -> new PopularityRecommender();
            case "item-knn" -> new ItemKnnRecommender(ItemKnnParameters.defaults());
            case "als" -> als();
            case "content" -> new ContentRecommender(vectors.orElseThrow());
            case "hybrid" ->
                new HybridRecommender(
                        als(), new ContentRecommender(vectors.orElseThrow()), HybridParameters.defaults());
            default -> throw new IllegalArgumentException("unknown recommender " + name);
        };
    }

    private AlsRecommender als() {
        return new AlsRecommender(AlsParameters.defaults().withSeed(seed));
    }

    /** Every candidate on each customer's latest 20 % of purchases. */
    List<AlgorithmResult> evaluate(Interactions data, int k) {
        Split split = SplitMethod.byLabel("temporal").apply(data, 0.2, seed);
        List<AlgorithmResult> results = new ArrayList<>();
        for (String name : names()) {
            results.add(Evaluator.evaluate(create(name), split, k));
        }
        return results;
    }

    /**
     * The personal model with the best hold-out NDCG; popularity is never served as the personal model because
     * every other candidate already falls back to it for customers without history.
     */
    static String best(List<AlgorithmResult> evaluation) {
        return evaluation.stream()
                .filter(r -> !r.algorithm().equals("popularity"))
                .max(Comparator.comparingDouble(AlgorithmResult::ndcg))
                .map(AlgorithmResult::algorithm)
                .orElse("als");
    }
}
