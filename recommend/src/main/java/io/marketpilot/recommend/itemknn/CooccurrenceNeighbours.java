package io.marketpilot.recommend.itemknn;

import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.TopK;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.stream.IntStream;

/**
 * Computes each item's top-N neighbours by shrunk cosine on co-occurrence, {@code |U_i ∩ U_j| / (sqrt(|U_i| |U_j|)
 * + shrinkage)}, where {@code U_i} are the customers who took item i.
 *
 * <p>Presence, not weight: one wholesale customer buying an item 300 times would otherwise dominate its neighbours.
 * Items are processed in blocks in parallel, each block with its own counting scratch; each item's result depends
 * only on the data, so the output does not depend on the number of threads.
 */
final class CooccurrenceNeighbours {
    private CooccurrenceNeighbours() {}

    static CsrMatrix compute(Interactions data, ItemKnnParameters parameters) {
        CsrMatrix itemUsers = data.itemUsers();
        CsrMatrix userItems = data.userItems();
        int items = itemUsers.rows();
        int[][] columns = new int[items][];
        double[][] values = new double[items][];
        int blocks = Math.max(1, Math.min(items, 8 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int[] together = new int[items];
            int[] touched = new int[items];
            for (int i = (int) ((long) b * items / blocks); i < (long) (b + 1) * items / blocks; i++) {
                int count = 0;
                for (int p = itemUsers.rowStart(i); p < itemUsers.rowEnd(i); p++) {
                    int user = itemUsers.column(p);
                    for (int q = userItems.rowStart(user); q < userItems.rowEnd(user); q++) {
                        int j = userItems.column(q);
                        if (j != i && together[j]++ == 0) {
                            touched[count++] = j;
                        }
                    }
                }
                TopK best = new TopK(parameters.neighbours());
                double buyersOfI = itemUsers.rowLength(i);
                for (int t = 0; t < count; t++) {
                    int j = touched[t];
                    best.offer(j, cosine(together[j], buyersOfI, itemUsers.rowLength(j), parameters.shrinkage()));
                    together[j] = 0;
                }
                ScoredItems neighbours = best.sorted();
                columns[i] = neighbours.items();
                values[i] = neighbours.scores();
            }
        });
        return CsrMatrix.ofRows(items, columns, values);
    }

    static double cosine(double together, double buyersOfA, double buyersOfB, double shrinkage) {
        return together / (Math.sqrt(buyersOfA * buyersOfB) + shrinkage);
    }
}
