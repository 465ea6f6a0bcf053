package io.marketpilot.recommend.itemknn;

import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.TopK;
import io.marketpilot.recommend.data.CsrMatrix;
import java.util.function.IntPredicate;

/**
 * Sums neighbour similarities for one customer into a per-thread scratch array and ranks only the items it touched,
 * so a request costs O(history · neighbours) however large the catalogue, with no array to allocate or clear.
 */
final class NeighbourScores {
    private double[] scores = new double[0];
    private int[] touched = new int[0];

    private static final ThreadLocal<NeighbourScores> SCRATCH = ThreadLocal.withInitial(NeighbourScores::new);

    private NeighbourScores() {}

    /** The best {@code n} allowed items with a positive summed similarity to the user's items. */
    static ScoredItems top(CsrMatrix userItems, int user, CsrMatrix neighbours, int n, IntPredicate allowed) {
        NeighbourScores scratch = SCRATCH.get();
        scratch.ensure(neighbours.rows());
        return scratch.rank(userItems, user, neighbours, n, allowed);
    }

    private void ensure(int items) {
        if (scores.length < items) {
            scores = new double[items];
            touched = new int[items];
        }
    }

    private ScoredItems rank(CsrMatrix userItems, int user, CsrMatrix neighbours, int n, IntPredicate allowed) {
        int count = 0;
        try {
            for (int p = userItems.rowStart(user); p < userItems.rowEnd(user); p++) {
                int had = userItems.column(p);
                for (int q = neighbours.rowStart(had); q < neighbours.rowEnd(had); q++) {
                    int item = neighbours.column(q);
                    // similarities are positive, so a zero marks an item not seen yet in this request
                    if (scores[item] == 0) {
                        touched[count++] = item;
                    }
                    scores[item] += neighbours.value(q);
                }
            }
            TopK top = new TopK(n);
            for (int t = 0; t < count; t++) {
                int item = touched[t];
                if (top.accepts(item, scores[item]) && allowed.test(item)) {
                    top.offer(item, scores[item]);
                }
            }
            return top.sorted();
        } finally {
            for (int t = 0; t < count; t++) {
                scores[touched[t]] = 0;
            }
        }
    }
}
