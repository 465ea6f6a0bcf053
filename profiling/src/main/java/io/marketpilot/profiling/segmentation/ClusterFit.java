package io.marketpilot.profiling.segmentation;

/**
 * One clustering of a set of points for a fixed k.
 *
 * @param k number of clusters
 * @param labels cluster of each point, in [0, k)
 * @param centroids row-major {@code k × d}
 * @param inertia sum of squared distances from each point to its centroid
 * @param iterations assignment passes of the winning restart
 */
public record ClusterFit(int k, int[] labels, double[] centroids, double inertia, int iterations) {

    public double[] centroid(int c) {
        int d = centroids.length / k;
        double[] centroid = new double[d];
        System.arraycopy(centroids, c * d, centroid, 0, d);
        return centroid;
    }
}
