package io.marketpilot.text.sentiment.vader;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Python's {@code _but_check}: halves the sentiments before the first "but" and multiplies those
 * after it by 1.5, reproducing the original's quirk of locating each value with
 * {@code list.index}, which rescales the first equal value instead of the current one.
 */
final class ButWeighting {
    private static final double BEFORE = 0.5;
    private static final double AFTER = 1.5;
    // Up to this many words the quadratic scan of the original is cheapest.
    private static final int LINEAR_LIMIT = 128;

    private ButWeighting() {}

    static void apply(double[] sentiments, int size, int butIndex) {
        if (size <= LINEAR_LIMIT) {
            applyByScanning(sentiments, size, butIndex);
        } else {
            applyByIndex(sentiments, size, butIndex);
        }
    }

    /** The original algorithm, kept literal. */
    static void applyByScanning(double[] s, int size, int butIndex) {
        for (int p = 0; p < size; p++) {
            double v = s[p];
            // A zero stays zero wherever it is rescaled, so it cannot change any later lookup.
            if (v == 0) {
                continue;
            }
            int first = 0;
            while (s[first] != v) {
                first++;
            }
            rescale(s, first, v, butIndex);
        }
    }

    /**
     * The same result in O(n log n) for long texts: for every distinct value, a min-heap of the
     * positions that currently hold it answers {@code list.index} without scanning.
     */
    static void applyByIndex(double[] s, int size, int butIndex) {
        Map<Double, PriorityQueue<Integer>> positions = new HashMap<>();
        for (int k = 0; k < size; k++) {
            if (s[k] != 0) {
                positions.computeIfAbsent(s[k], v -> new PriorityQueue<>()).add(k);
            }
        }
        for (int p = 0; p < size; p++) {
            double v = s[p];
            if (v == 0) {
                continue;
            }
            // every position holding a non-zero value is queued under that value, from the start and after each
            // rescale, so v has a queue and p itself is in it
            PriorityQueue<Integer> holding = Objects.requireNonNull(positions.get(v));
            int first = Objects.requireNonNull(holding.peek());
            if (first == butIndex) {
                continue;
            }
            holding.poll();
            rescale(s, first, v, butIndex);
            positions.computeIfAbsent(s[first], w -> new PriorityQueue<>()).add(first);
        }
    }

    private static void rescale(double[] s, int at, double v, int butIndex) {
        if (at < butIndex) {
            s[at] = v * BEFORE;
        } else if (at > butIndex) {
            s[at] = v * AFTER;
        }
    }
}
