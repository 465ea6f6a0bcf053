package io.marketpilot.recommend.eval;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.stream.IntStream;

/**
 * Fits a recommender on a split's training part and scores its top-k lists against the held-out items of every
 * user who has any, with training items excluded from the lists.
 *
 * <p>Users without training history stay in: they get the model's popularity fallback, as they would in the shop.
 */
public final class Evaluator {
    private Evaluator() {}

    public static AlgorithmResult evaluate(Recommender recommender, Split split, int k) {
        if (k < 1) {
            throw MarketPilotException.invalid("k must be at least 1, got " + k);
        }
        Interactions train = split.train();
        long start = System.nanoTime();
        recommender.fit(train);
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        CsrMatrix test = split.test().userItems();
        int users = test.rows();
        double[][] perUser = new double[users][];
        int[][] lists = new int[users][];
        // users are scored in parallel into their own slots, then summed in order: the result does not depend on
        // the thread count
        IntStream.range(0, users).parallel().forEach(u -> {
            if (test.rowLength(u) == 0) {
                return;
            }
            int[] relevant = new int[test.rowLength(u)];
            for (int p = test.rowStart(u); p < test.rowEnd(u); p++) {
                relevant[p - test.rowStart(u)] = test.column(p); // sorted: CSR rows are
            }
            ScoredItems top = recommender.topItems(u, k, train.notSeenBy(u));
            int[] ranked = top.items();
            lists[u] = ranked;
            perUser[u] = new double[] {
                RankingMetrics.precisionAt(k, ranked, relevant),
                RankingMetrics.recallAt(k, ranked, relevant),
                RankingMetrics.ndcgAt(k, ranked, relevant),
                RankingMetrics.averagePrecisionAt(k, ranked, relevant)
            };
        });
        double[] sums = new double[4];
        int evaluated = 0;
        boolean[] shown = new boolean[train.items().size()];
        for (int u = 0; u < users; u++) {
            if (perUser[u] != null) {
                evaluated++;
                for (int m = 0; m < 4; m++) {
                    sums[m] += perUser[u][m];
                }
                for (int item : lists[u]) {
                    shown[item] = true;
                }
            }
        }
        int covered = 0;
        for (boolean s : shown) {
            covered += s ? 1 : 0;
        }
        double n = Math.max(1, evaluated);
        return new AlgorithmResult(
                recommender.name(),
                recommender.parameters(),
                sums[0] / n,
                sums[1] / n,
                sums[2] / n,
                sums[3] / n,
                (double) covered / Math.max(1, shown.length),
                trainSeconds);
    }

    /** The number of users with at least one held-out item. */
    public static int testUsers(Split split) {
        CsrMatrix test = split.test().userItems();
        int count = 0;
        for (int u = 0; u < test.rows(); u++) {
            count += test.rowLength(u) > 0 ? 1 : 0;
        }
        return count;
    }
}
