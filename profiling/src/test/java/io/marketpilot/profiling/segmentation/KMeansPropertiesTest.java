package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class KMeansPropertiesTest {

    @Property(tries = 40)
    void neverDoesWorseThanTheSameSeedWithFewerRestarts(
            @ForAll @IntRange(min = 5, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 5) int k,
            @ForAll long seed) {
        Points points = GaussianBlobs.generate(n, d, 3, 2.0, seed).points();

        double one = new LloydKMeans(new KMeansOptions(1, 300, 0, 1))
                .fit(points, k, seed)
                .inertia();
        double five = new LloydKMeans(new KMeansOptions(5, 300, 0, 1))
                .fit(points, k, seed)
                .inertia();

        // the first derived restart seed is the same, so five restarts include the single one
        assertThat(five).isLessThanOrEqualTo(one);
    }

    @Property(tries = 40)
    void labelsEveryPointWithANonEmptyClusterInRange(
            @ForAll @IntRange(min = 5, max = 60) int n, @ForAll @IntRange(min = 1, max = 5) int k, @ForAll long seed) {
        Points points = GaussianBlobs.generate(n, 2, 4, 1.0, seed).points();

        ClusterFit fit = new LloydKMeans(new KMeansOptions(2, 300, 0, 1)).fit(points, k, seed);

        assertThat(java.util.Arrays.stream(fit.labels()).allMatch(label -> label >= 0 && label < k))
                .isTrue();
        assertThat(java.util.Arrays.stream(fit.labels()).distinct().count()).isEqualTo(k);
    }
}
