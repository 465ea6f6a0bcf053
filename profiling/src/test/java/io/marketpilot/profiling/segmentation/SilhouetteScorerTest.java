package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SilhouetteScorerTest {

    @Test
    void matchesAHandComputedExample() {
        // clusters {0, 1} and {10}: a(0)=1, b(0)=10 -> 0.9; a(1)=1, b(1)=9 -> 8/9; singleton -> 0
        Points points = Points.of(new double[][] {{0}, {1}, {10}});

        OptionalDouble score = new SilhouetteScorer(points, 1).score(new int[] {0, 0, 1}, 2);

        assertThat(score).hasValueCloseTo((0.9 + 8.0 / 9 + 0) / 3, within(1e-7));
    }

    @Test
    void agreesWithAStraightforwardReferenceImplementation() {
        Points points = GaussianBlobs.generate(300, 3, 4, 3.0, 21).points();
        int[] labels = new LloydKMeans(new KMeansOptions(3, 300, 0, 1))
                .fit(points, 4, 21)
                .labels();

        OptionalDouble score = new SilhouetteScorer(points, 1).score(labels, 4);

        assertThat(score).hasValueCloseTo(reference(points, labels, 4), within(1e-6));
    }

    /** The textbook definition, point by point, in doubles. */
    private static double reference(Points points, int[] labels, int k) {
        double total = 0;
        for (int i = 0; i < points.n(); i++) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < points.n(); j++) {
                if (j != i) {
                    sum[labels[j]] += Math.sqrt(points.squaredDistance(i, points.row(j), 0));
                    count[labels[j]]++;
                }
            }
            if (count[labels[i]] == 0) {
                continue;
            }
            double a = sum[labels[i]] / count[labels[i]];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != labels[i] && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / points.n();
    }

    @Test
    void isUndefinedWithASingleCluster() {
        Points points = Points.of(new double[][] {{0}, {1}, {2}});

        assertThat(new SilhouetteScorer(points, 1).score(new int[] {0, 0, 0}, 2))
                .isEmpty();
    }

    @Test
    void isUndefinedWhenEveryPointIsAloneInItsCluster() {
        Points points = Points.of(new double[][] {{0}, {1}, {2}});

        assertThat(new SilhouetteScorer(points, 1).score(new int[] {0, 1, 2}, 3))
                .isEmpty();
    }

    @Test
    void scoresASeededSampleAboveTheExactLimitTheSameWayEachTime() {
        int n = SilhouetteScorer.EXACT_LIMIT + 500;
        Points points = GaussianBlobs.generate(n, 2, 3, 1.0, 4).points();
        int[] labels = new int[n];
        var random = new SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3 == 0 ? random.nextInt(3) : i % 3;
        }

        var first = new SilhouetteScorer(points, 9);
        var second = new SilhouetteScorer(points, 9);

        assertThat(first.sampled()).isTrue();
        assertThat(first.sampleSize()).isEqualTo(SilhouetteScorer.EXACT_LIMIT);
        assertThat(first.score(labels, 3)).isEqualTo(second.score(labels, 3));
    }

    @Test
    void drawsDistinctSortedSampleIndices() {
        int[] sample = SilhouetteScorer.sample(1_000, 100, 3);

        assertThat(sample).hasSize(100).doesNotHaveDuplicates().isSorted();
        assertThat(sample[0]).isGreaterThanOrEqualTo(0);
        assertThat(sample[99]).isLessThan(1_000);
    }
}
