package io.marketpilot.profiling.segmentation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The chosen clustering with the evidence for its k and the provenance to reproduce it.
 *
 * @param k number of clusters
 * @param labels cluster of each point
 * @param centroids one row per cluster, in the space the points were given in
 * @param inertia sum of squared distances to the assigned centroid
 * @param silhouette mean silhouette (exact, or on a sample above {@value SilhouetteScorer#EXACT_LIMIT} points);
 *     empty when undefined
 * @param curve inertia and silhouette per k tried (a single entry for a fixed k)
 * @param choice how k was arrived at, with the reasons in words
 * @param seed the seed every random choice derives from
 * @param iterations assignment passes of the winning restart for the chosen k
 * @param method the algorithm, its parameters and how the silhouette was computed
 */
public record KMeansResult(
        int k,
        int[] labels,
        double[][] centroids,
        double inertia,
        OptionalDouble silhouette,
        List<KScore> curve,
        KChoice choice,
        long seed,
        int iterations,
        String method) {

    public KMeansResult {
        curve = List.copyOf(curve);
    }
}
