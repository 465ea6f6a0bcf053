package io.marketpilot.recommend.popularity;

import io.marketpilot.recommend.ScoredItems;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Items ordered once by a count, most first (ties to the lower index), so that a request only walks the head of
 * the order past the items it may not show.
 */
final class PopularityRanking {
    private final int[] order;
    private final double[] counts;

    /** Ranks the items with a positive count; items nobody took are never "popular". */
    PopularityRanking(double[] counts) {
        this.counts = counts.clone();
        this.order = java.util.stream.IntStream.range(0, counts.length)
                .filter(i -> counts[i] > 0)
                .boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Double.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    double count(int item) {
        return counts[item];
    }

    /** The first {@code n} allowed items, scored by their count, or by 0 when {@code asFillers}. */
    ScoredItems top(int n, IntPredicate allowed, boolean asFillers) {
        int[] items = new int[Math.min(n, order.length)];
        int size = 0;
        for (int k = 0; k < order.length && size < items.length; k++) {
            if (allowed.test(order[k])) {
                items[size++] = order[k];
            }
        }
        double[] scores = new double[size];
        if (!asFillers) {
            for (int k = 0; k < size; k++) {
                scores[k] = counts[items[k]];
            }
        }
        return new ScoredItems(Arrays.copyOf(items, size), scores);
    }
}
