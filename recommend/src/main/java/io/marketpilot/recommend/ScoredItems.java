package io.marketpilot.recommend;

import io.marketpilot.recommend.data.IdIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Item indices ranked best first with their scores, as parallel primitive arrays; the index-level result that
 * evaluation and business rules work on before ids and reasons are attached.
 */
public record ScoredItems(int[] items, double[] scores) {
    public static final ScoredItems EMPTY = new ScoredItems(new int[0], new double[0]);

    public ScoredItems {
        if (items.length != scores.length) {
            throw new IllegalArgumentException("items and scores differ in length");
        }
    }

    public int size() {
        return items.length;
    }

    public int item(int rank) {
        return items[rank];
    }

    public double score(int rank) {
        return scores[rank];
    }

    /** The ranking as recommendations of item ids, all with one reason (as similar-item lists have). */
    public List<Recommendation> withReason(IdIndex ids, String reason) {
        List<Recommendation> out = new ArrayList<>(size());
        for (int r = 0; r < size(); r++) {
            out.add(new Recommendation(ids.id(item(r)), score(r), reason));
        }
        return List.copyOf(out);
    }

    public boolean contains(int item) {
        for (int i : items) {
            if (i == item) {
                return true;
            }
        }
        return false;
    }

    /** These items followed by {@code more}, cut at {@code n}; the caller keeps the two disjoint. */
    public ScoredItems followedBy(ScoredItems more, int n) {
        int size = Math.min(n, items.length + more.items.length);
        int[] i = Arrays.copyOf(items, size);
        double[] s = Arrays.copyOf(scores, size);
        for (int k = items.length; k < size; k++) {
            i[k] = more.items[k - items.length];
            s[k] = more.scores[k - items.length];
        }
        return new ScoredItems(i, s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoredItems other
                && Arrays.equals(items, other.items)
                && Arrays.equals(scores, other.scores);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(items) + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "ScoredItems" + Arrays.toString(items) + Arrays.toString(scores);
    }
}
