package io.marketpilot.profiling.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Commons Math's {@link KMeansPlusPlusClusterer} behind our interface. Restarts either as the library ships them
 * ({@link MultiKMeansPlusPlusClusterer}: sequential, picking its trial by sum of cluster variances) or, as a
 * wrapper of ours would, one clusterer per derived seed run in parallel keeping the lowest inertia. Labels and
 * inertia are recomputed from the centroids so that every implementation is scored alike.
 */
public final class CommonsMathKMeans implements Clusterer {
    private final int restarts;
    private final int maxIterations;
    private final boolean parallelRestarts;
    // the last points converted, compared by identity: automatic k fits the very same Points once per k
    private @Nullable Points cachedPoints;
    private List<DoublePoint> cachedList = List.of();

    public CommonsMathKMeans(int restarts, int maxIterations, boolean parallelRestarts) {
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.parallelRestarts = parallelRestarts;
    }

    @Override
    public ClusterFit fit(Points points, int k, long seed) {
        List<DoublePoint> list = list(points);
        if (parallelRestarts) {
            long[] seeds = LloydKMeans.restartSeeds(seed, restarts);
            return IntStream.range(0, restarts)
                    .parallel()
                    .mapToObj(r -> score(points, k, single(k, seeds[r]).cluster(list)))
                    .reduce((a, b) -> b.inertia() < a.inertia() ? b : a)
                    .orElseThrow();
        }
        var single = single(k, seed);
        return score(
                points,
                k,
                restarts == 1
                        ? single.cluster(list)
                        : new MultiKMeansPlusPlusClusterer<>(single, restarts).cluster(list));
    }

    private KMeansPlusPlusClusterer<DoublePoint> single(int k, long seed) {
        return new KMeansPlusPlusClusterer<>(k, maxIterations, new EuclideanDistance(), new Well19937c(seed));
    }

    private static ClusterFit score(Points points, int k, List<CentroidCluster<DoublePoint>> clusters) {
        double[] centroids = new double[k * points.d()];
        for (int c = 0; c < clusters.size(); c++) {
            System.arraycopy(clusters.get(c).getCenter().getPoint(), 0, centroids, c * points.d(), points.d());
        }
        return NearestCentroid.assign(points, centroids, k, 0);
    }

    @Override
    public String describe() {
        if (parallelRestarts) {
            return "commons-math KMeansPlusPlusClusterer x " + restarts + " derived seeds in parallel";
        }
        return restarts == 1
                ? "commons-math KMeansPlusPlusClusterer"
                : "commons-math MultiKMeansPlusPlusClusterer(trials=" + restarts + ")";
    }

    @SuppressWarnings("ReferenceEquality") // a cache for the same instance, see cachedPoints
    private List<DoublePoint> list(Points points) {
        if (points != cachedPoints) {
            cachedList = new ArrayList<>(points.n());
            for (int i = 0; i < points.n(); i++) {
                cachedList.add(new DoublePoint(points.row(i)));
            }
            cachedPoints = points;
        }
        return cachedList;
    }
}
