package io.marketpilot.profiling.segmentation;

/**
 * Partitions points into k clusters; the seam between our k-means and the library ones it is benchmarked against.
 */
public interface Clusterer {

    /**
     * Clusters the points; the same points, k and seed give the same result.
     *
     * @throws io.marketpilot.core.MarketPilotException when k is not in [1, n] or there are fewer than k distinct
     *     points
     */
    ClusterFit fit(Points points, int k, long seed);

    /** The algorithm and its parameters, kept with every result as provenance. */
    String describe();
}
