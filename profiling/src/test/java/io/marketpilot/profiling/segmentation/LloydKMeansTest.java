package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LloydKMeansTest {
    private static final KMeansOptions OPTIONS = new KMeansOptions(5, 300, 0, 0);

    @Test
    void recoversWellSeparatedBlobs() {
        GaussianBlobs blobs = GaussianBlobs.generate(2_000, 4, 5, 0.5, 7);

        ClusterFit fit = new LloydKMeans(OPTIONS).fit(blobs.points(), 5, 1);

        assertThat(agreement(blobs.truth(), fit.labels(), 5)).isEqualTo(1.0);
    }

    /** Share of points whose label maps to their true cluster under the best one-to-one relabelling. */
    static double agreement(int[] truth, int[] labels, int k) {
        Map<Integer, Integer> labelOfTruth = new HashMap<>();
        int agree = 0;
        for (int i = 0; i < truth.length; i++) {
            labelOfTruth.putIfAbsent(truth[i], labels[i]);
            agree += labelOfTruth.get(truth[i]) == labels[i] ? 1 : 0;
        }
        return labelOfTruth.values().stream().distinct().count() == k ? (double) agree / truth.length : 0;
    }

    @Test
    void reachesAtLeastTheInertiaOfCommonsMathOnOverlappingBlobs() {
        Points points = GaussianBlobs.generate(3_000, 6, 6, 4.0, 11).points();

        double ours = new LloydKMeans(new KMeansOptions(10, 300, 0, 0))
                .fit(points, 6, 3)
                .inertia();
        double reference =
                new CommonsMathKMeans(10, 300, true).fit(points, 6, 3).inertia();

        assertThat(ours).isLessThanOrEqualTo(reference * (1 + 1e-9));
    }

    @Test
    void givesTheSameLabelsForTheSameSeedWhateverTheThreadCount() {
        // more than one block of points, so the assignment pass really runs in parallel
        Points points =
                GaussianBlobs.generate(3 * Chunks.SIZE + 17, 5, 4, 3.0, 5).points();

        ClusterFit one = new LloydKMeans(OPTIONS.withParallelism(1)).fit(points, 4, 99);
        ClusterFit three = new LloydKMeans(OPTIONS.withParallelism(3)).fit(points, 4, 99);
        ClusterFit common = new LloydKMeans(OPTIONS).fit(points, 4, 99);

        assertThat(three.labels()).isEqualTo(one.labels());
        assertThat(common.labels()).isEqualTo(one.labels());
        assertThat(three.centroids()).isEqualTo(one.centroids());
        assertThat(three.inertia()).isEqualTo(one.inertia());
    }

    @Test
    void leavesEveryPointWithItsNearestCentroidAndEveryCentroidAtItsMembersMean() {
        Points points = GaussianBlobs.generate(500, 3, 4, 3.0, 8).points();

        ClusterFit fit = new LloydKMeans(OPTIONS).fit(points, 4, 8);

        ClusterFit nearest = NearestCentroid.assign(points, fit.centroids(), 4, 0);
        assertThat(nearest.labels()).isEqualTo(fit.labels());
        assertThat(fit.inertia()).isCloseTo(nearest.inertia(), org.assertj.core.api.Assertions.within(1e-6));
        double[] sums = new double[4 * 3];
        int[] counts = new int[4];
        for (int i = 0; i < points.n(); i++) {
            counts[fit.labels()[i]]++;
            for (int j = 0; j < 3; j++) {
                sums[fit.labels()[i] * 3 + j] += points.data()[i * 3 + j];
            }
        }
        for (int c = 0; c < 4; c++) {
            for (int j = 0; j < 3; j++) {
                assertThat(fit.centroids()[c * 3 + j])
                        .isCloseTo(sums[c * 3 + j] / counts[c], org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @Test
    void stopsEarlierWithAToleranceAtNearlyTheSameInertia() {
        Points points = GaussianBlobs.generate(20_000, 8, 8, 6.0, 13).points();

        ClusterFit strict = new LloydKMeans(new KMeansOptions(1, 300, 0, 0)).fit(points, 8, 2);
        ClusterFit tolerant = new LloydKMeans(new KMeansOptions(1, 300, 1e-4, 0)).fit(points, 8, 2);

        assertThat(tolerant.iterations()).isLessThanOrEqualTo(strict.iterations());
        assertThat(tolerant.inertia()).isLessThanOrEqualTo(strict.inertia() * 1.001);
    }

    @Test
    void placesEveryPointInItsOwnClusterWhenKEqualsN() {
        Points points = Points.of(new double[][] {{0, 0}, {1, 0}, {0, 1}});

        ClusterFit fit = new LloydKMeans(OPTIONS).fit(points, 3, 1);

        assertThat(fit.labels()).doesNotHaveDuplicates();
        assertThat(fit.inertia()).isZero();
    }

    @Test
    void rejectsMoreClustersThanPoints() {
        Points points = Points.of(new double[][] {{0}, {1}});

        assertThatThrownBy(() -> new LloydKMeans(OPTIONS).fit(points, 3, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("k must be between 1 and the 2 points");
    }

    @Test
    void rejectsMoreClustersThanDistinctPointsInsteadOfDividingByZero() {
        Points points = Points.of(new double[][] {{1, 1}, {1, 1}, {2, 2}, {2, 2}});

        assertThatThrownBy(() -> new LloydKMeans(OPTIONS).fit(points, 3, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("only 2 distinct points");
    }

    @Test
    void rejectsNonFinitePoints() {
        assertThatThrownBy(() -> Points.of(new double[][] {{1, Double.NaN}}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("point 0 has a non-finite value in dimension 1");
    }
}
