package io.marketpilot.text.sentiment.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final List<String> LABELS = List.of("negative", "positive");
    private static final LogisticRegression TRAINER = new LogisticRegression(1e-4, 300, 1e-8);

    /** Points on either side of the hyperplane 2·x0 − x1 + 0.5·x2 = 0.3, with a margin of at least 0.1. */
    private static double[][] separable(int n, long seed, int[] y) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        int i = 0;
        while (i < n) {
            double[] p = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double margin = 2 * p[0] - p[1] + 0.5 * p[2] - 0.3;
            if (Math.abs(margin) < 0.1) {
                continue;
            }
            x[i] = p;
            y[i] = margin > 0 ? 1 : 0;
            i++;
        }
        return x;
    }

    @Test
    void learnsALinearlySeparableSetPerfectly() {
        int[] y = new int[400];
        double[][] x = separable(400, 7, y);
        LogisticHead head = TRAINER.fit(x, y, LABELS, Map.of());

        int[] testY = new int[200];
        double[][] testX = separable(200, 8, testY);
        long correct = 0;
        for (int i = 0; i < testX.length; i++) {
            correct += head.predict(testX[i]).equals(LABELS.get(testY[i])) ? 1 : 0;
        }
        assertThat(correct).isGreaterThanOrEqualTo(196);
        // The learnt normal points the same way as the true one (2, -1, 0.5, 0).
        double[] w = new double[4];
        for (int d = 0; d < 4; d++) {
            w[d] = head.weights()[1][d] - head.weights()[0][d];
        }
        assertThat(w[0]).isGreaterThan(0);
        assertThat(w[1]).isLessThan(0);
        assertThat(Math.abs(w[3])).isLessThan(Math.abs(w[0]) / 5);
    }

    @Test
    void sparseRowsHoldingEveryFeatureFitBitIdenticalWeightsToDenseRows() {
        int[] y = new int[200];
        double[][] x = separable(200, 5, y);
        int[][] indices = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            indices[i] = java.util.stream.IntStream.range(0, x[i].length).toArray();
        }
        double[] unit = new double[x.length];
        java.util.Arrays.fill(unit, 1);

        LogisticHead dense = TRAINER.fit(x, y, LABELS, Map.of());
        LogisticHead sparse = TRAINER.fit(new SparseRows(indices, x, 4), y, unit, LABELS, Map.of());

        assertThat(sparse.weights()).isDeepEqualTo(dense.weights());
        assertThat(sparse.bias()).isEqualTo(dense.bias());
    }

    @Test
    void aRowWeightOfTwoCountsLikeTheRowRepeated() {
        // (1,0) is labelled 0 twice as often as 1 (once by weight, once by a copy), so both fits give P(0) = 2/3
        double[][] x = {{1, 0}, {1, 0}, {0, 1}, {0, 1}};
        int[] y = {0, 1, 1, 0};
        double[][] repeated = {{1, 0}, {1, 0}, {1, 0}, {0, 1}, {0, 1}};
        int[] repeatedY = {0, 0, 1, 1, 0};
        LogisticRegression unpenalised = new LogisticRegression(0, 500, 1e-10);

        LogisticHead weighted = unpenalised.fit(new DenseRows(x), y, new double[] {2, 1, 1, 1}, LABELS, Map.of());
        LogisticHead copied = unpenalised.fit(repeated, repeatedY, LABELS, Map.of());

        double[] probe = {1, 0};
        assertThat(weighted.probabilities(probe)[0]).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(copied.probabilities(probe)[0]).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void sparseRowsRefuseIndicesOutOfOrder() {
        assertThatThrownBy(() -> new SparseRows(new int[][] {{2, 1}}, new double[][] {{1, 1}}, 3))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void givesBitIdenticalWeightsOnEveryRun() {
        int[] y = new int[300];
        double[][] x = separable(300, 11, y);
        LogisticHead first = TRAINER.fit(x, y, LABELS, Map.of());
        LogisticHead second = TRAINER.fit(x, y, LABELS, Map.of());
        assertThat(second.weights()).isDeepEqualTo(first.weights());
        assertThat(second.bias()).containsExactly(first.bias());
    }

    @Test
    void fitsThreeClassesWithProbabilitiesThatSumToOne() {
        double[][] x = {{0, 0}, {0.1, 0}, {5, 0}, {5.1, 0.1}, {0, 5}, {0.1, 5.1}};
        int[] y = {0, 0, 1, 1, 2, 2};
        LogisticHead head = TRAINER.fit(x, y, List.of("a", "b", "c"), Map.of("data", "toy"));
        assertThat(head.predict(new double[] {5, 0.2})).isEqualTo("b");
        assertThat(head.predict(new double[] {0, 4.8})).isEqualTo("c");
        double[] p = head.probabilities(new double[] {1, 1});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(head.provenance()).containsEntry("data", "toy").containsKey("train.iterations");
    }

    @Test
    void rejectsRowsOfDifferentLengthAndUnknownLabels() {
        assertThatThrownBy(() -> TRAINER.fit(new double[][] {{1, 2}, {1}}, new int[] {0, 1}, LABELS, Map.of()))
                .isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> TRAINER.fit(new double[][] {{1}, {2}}, new int[] {0, 2}, LABELS, Map.of()))
                .isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> TRAINER.fit(new double[][] {{Double.NaN}}, new int[] {0}, LABELS, Map.of()))
                .isInstanceOf(MarketPilotException.class);
    }
}
