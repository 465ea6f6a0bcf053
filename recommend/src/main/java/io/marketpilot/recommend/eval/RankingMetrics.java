package io.marketpilot.recommend.eval;

import java.util.Arrays;

/**
 * Top-k ranking metrics with binary relevance, for one user: {@code ranked} holds item indices best first,
 * {@code relevant} the held-out items sorted ascending and non-empty.
 *
 * <p>Conventions (they differ between papers, so they are stated): precision divides by k even when fewer items
 * were ranked; recall divides by all relevant items, not by min(k, |relevant|); NDCG uses gain 1 and discount
 * 1/log2(rank + 1) with the ideal DCG of min(k, |relevant|) hits; AP@k divides by min(k, |relevant|).
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    public static double precisionAt(int k, int[] ranked, int[] relevant) {
        return (double) hits(k, ranked, relevant) / k;
    }

    public static double recallAt(int k, int[] ranked, int[] relevant) {
        return (double) hits(k, ranked, relevant) / relevant.length;
    }

    public static double ndcgAt(int k, int[] ranked, int[] relevant) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(ranked[r], relevant)) {
                dcg += discount(r);
            }
        }
        return dcg / idealDcg(k, relevant.length);
    }

    /** The DCG of a ranking with all relevant items first: sum of 1/log2(r + 1) for r = 1..min(k, relevant). */
    public static double idealDcg(int k, int relevant) {
        double ideal = 0;
        for (int r = 0; r < Math.min(k, relevant); r++) {
            ideal += discount(r);
        }
        return ideal;
    }

    public static double averagePrecisionAt(int k, int[] ranked, int[] relevant) {
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(ranked[r], relevant)) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        return sum / Math.min(k, relevant.length);
    }

    private static int hits(int k, int[] ranked, int[] relevant) {
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (isRelevant(ranked[r], relevant)) {
                hits++;
            }
        }
        return hits;
    }

    private static boolean isRelevant(int item, int[] relevant) {
        return Arrays.binarySearch(relevant, item) >= 0;
    }

    /** 1/log2(rank + 1) for the 0-based position r, i.e. rank r + 1. */
    private static double discount(int r) {
        return Math.log(2) / Math.log(r + 2);
    }
}
