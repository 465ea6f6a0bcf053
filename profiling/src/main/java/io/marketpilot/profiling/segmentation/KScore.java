package io.marketpilot.profiling.segmentation;

import java.util.OptionalDouble;

/**
 * One point of the k curve: the best inertia found for k (the elbow plot) and its silhouette.
 *
 * @param k number of clusters
 * @param inertia sum of squared distances to the nearest centroid, in the scaled feature space
 * @param silhouette mean silhouette; empty when undefined for this k
 */
public record KScore(int k, double inertia, OptionalDouble silhouette) {}
