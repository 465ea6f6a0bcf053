package io.marketpilot.recommend.rules;

import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.ScoredItems;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998): picks greedily the candidate maximising
 * {@code λ·relevance − (1 − λ)·max similarity to the items already picked}.
 *
 * <p>Relevance is the model score rescaled to [0, 1] over the candidates, because scores of different models
 * (counts, cosine sums, dot products) live on different scales while similarity lies in [0, 1].
 */
public final class MmrReranker {
    private MmrReranker() {}

    /** The best {@code k} of {@code candidates} by MMR, keeping each item's original score. */
    public static ScoredItems rerank(ScoredItems candidates, int k, double lambda, ItemSimilarity similarity) {
        int n = candidates.size();
        int size = Math.min(k, n);
        double[] relevance = rescaled(candidates);
        double[] closest = new double[n]; // max similarity of each candidate to the items picked so far
        boolean[] picked = new boolean[n];
        int[] items = new int[size];
        double[] scores = new double[size];
        for (int slot = 0; slot < size; slot++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                double value = lambda * relevance[c] - (1 - lambda) * closest[c];
                if (!picked[c] && value > bestValue) {
                    best = c;
                    bestValue = value;
                }
            }
            picked[best] = true;
            items[slot] = candidates.item(best);
            scores[slot] = candidates.score(best);
            for (int c = 0; c < n; c++) {
                if (!picked[c]) {
                    closest[c] = Math.max(closest[c], similarity.similarity(items[slot], candidates.item(c)));
                }
            }
        }
        return new ScoredItems(items, scores);
    }

    private static double[] rescaled(ScoredItems candidates) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double s : candidates.scores()) {
            max = Math.max(max, s);
            min = Math.min(min, s);
        }
        double[] relevance = new double[candidates.size()];
        for (int c = 0; c < relevance.length; c++) {
            relevance[c] = max > min ? (candidates.score(c) - min) / (max - min) : 1.0;
        }
        return relevance;
    }
}
