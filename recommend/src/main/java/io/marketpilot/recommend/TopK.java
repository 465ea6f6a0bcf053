package io.marketpilot.recommend;

import java.util.function.IntPredicate;

/**
 * Keeps the best {@code capacity} (item, score) pairs in a bounded min-heap on primitive arrays, so that ranking a
 * catalogue costs O(items · log k) and no sort of all items.
 *
 * <p>Ties go to the lower item index, which keeps every ranking deterministic.
 */
public final class TopK {
    private final int[] items;
    private final double[] scores;
    private int size;

    public TopK(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        items = new int[capacity];
        scores = new double[capacity];
    }

    /** The best {@code n} allowed items of a dense score array; NaN scores are skipped. */
    public static ScoredItems select(double[] scores, int n, IntPredicate allowed) {
        return select(scores, scores.length, n, allowed);
    }

    /** As {@link #select(double[], int, IntPredicate)} over the first {@code items} entries of a larger array. */
    public static ScoredItems select(double[] scores, int items, int n, IntPredicate allowed) {
        TopK top = new TopK(Math.min(n, items));
        for (int item = 0; item < items; item++) {
            double s = scores[item];
            // the cheap score test first: most items cannot enter a full heap, so the filter rarely runs
            if (top.accepts(item, s) && allowed.test(item)) {
                top.offer(item, s);
            }
        }
        return top.sorted();
    }

    /** Whether {@link #offer} would keep this pair. */
    public boolean accepts(int item, double score) {
        if (Double.isNaN(score) || items.length == 0) {
            return false;
        }
        return size < items.length || better(score, item, scores[0], items[0]);
    }

    public void offer(int item, double score) {
        if (!accepts(item, score)) {
            return;
        }
        if (size < items.length) {
            int k = size++;
            items[k] = item;
            scores[k] = score;
            siftUp(k);
        } else {
            items[0] = item;
            scores[0] = score;
            siftDown(0);
        }
    }

    public int size() {
        return size;
    }

    /** The kept pairs, best first; the heap is left empty. */
    public ScoredItems sorted() {
        int n = size;
        int[] outItems = new int[n];
        double[] outScores = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            outItems[k] = items[0];
            outScores[k] = scores[0];
            size--;
            if (size > 0) {
                items[0] = items[size];
                scores[0] = scores[size];
                siftDown(0);
            }
        }
        return new ScoredItems(outItems, outScores);
    }

    private static boolean better(double s1, int i1, double s2, int i2) {
        return s1 > s2 || (s1 == s2 && i1 < i2);
    }

    private void siftUp(int k) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!better(scores[parent], items[parent], scores[k], items[k])) {
                return;
            }
            swap(k, parent);
            k = parent;
        }
    }

    private void siftDown(int k) {
        while (true) {
            int left = 2 * k + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(scores[left], items[left], scores[right], items[right])) {
                worst = right;
            }
            if (!better(scores[k], items[k], scores[worst], items[worst])) {
                return;
            }
            swap(k, worst);
            k = worst;
        }
    }

    private void swap(int a, int b) {
        int i = items[a];
        items[a] = items[b];
        items[b] = i;
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
    }
}
