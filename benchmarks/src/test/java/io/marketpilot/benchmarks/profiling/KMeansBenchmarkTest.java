package io.marketpilot.benchmarks.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.profiling.segmentation.ClusterFit;
import org.junit.jupiter.api.Test;

class KMeansBenchmarkTest {

    private static ClusterFit fitOnce(String implementation) {
        var benchmark = new KMeansBenchmark();
        benchmark.points = 3_000;
        benchmark.restarts = 3;
        benchmark.implementation = implementation;
        benchmark.generate();
        return benchmark.fit();
    }

    @Test
    void everyContenderClustersTheBlobsIntoKClusters() {
        for (String implementation :
                new String[] {"ours", "ours-tol-1e-4", "tribuo", "commons-math", "commons-math-parallel-seeds"}) {
            ClusterFit fit = fitOnce(implementation);
            assertThat(fit.k()).as(implementation).isEqualTo(KMeansBenchmark.K);
            assertThat(fit.labels()).as(implementation).hasSize(3_000);
            assertThat(fit.inertia()).as(implementation).isPositive().isFinite();
        }
    }

    @Test
    void oursGivesTheSameClustersOnOneThreadAsOnAll() {
        assertThat(fitOnce("ours-1-thread").inertia()).isEqualTo(fitOnce("ours").inertia());
    }

    @Test
    void rejectsAnUnknownImplementation() {
        assertThatThrownBy(() -> KMeansBenchmark.contender("scikit", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scikit");
    }
}
