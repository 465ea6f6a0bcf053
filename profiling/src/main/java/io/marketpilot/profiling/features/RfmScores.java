package io.marketpilot.profiling.features;

import java.util.Arrays;

/**
 * Quintile scores 1–5 by rank. Ties share the score of the lowest rank in their group ("min" ranking, as
 * pandas' {@code rank(method="min")}), so a tie never splits across two scores: when 60% of customers have one
 * order they all score 1 and the next distinct value starts at score 4.
 */
public final class RfmScores {
    private RfmScores() {}

    /**
     * Scores each value; {@code higherIsBetter=false} reverses the order (recency: fewer days scores higher).
     *
     * @return score per value, 1 (worst fifth) to 5 (best fifth)
     */
    public static int[] quintiles(double[] values, boolean higherIsBetter) {
        int n = values.length;
        int[] scores = new int[n];
        if (n == 0) {
            return scores;
        }
        // worse values first, so that a value's rank is the number of customers strictly worse than it
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> higherIsBetter ? Double.compare(values[a], values[b]) : Double.compare(values[b], values[a]));
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && Double.compare(values[order[end + 1]], values[order[start]]) == 0) {
                end++;
            }
            int score = 1 + (int) ((5L * start) / n);
            for (int i = start; i <= end; i++) {
                scores[order[i]] = score;
            }
            start = end + 1;
        }
        return scores;
    }
}
