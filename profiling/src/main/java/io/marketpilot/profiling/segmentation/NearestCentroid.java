package io.marketpilot.profiling.segmentation;

import java.util.stream.IntStream;

/**
 * Assigns points to their nearest centroid; used to score any clusterer's centroids the same way (inertia is
 * then comparable across implementations) and to report each customer's distance to its segment.
 */
public final class NearestCentroid {
    private NearestCentroid() {}

    /**
     * Labels every point with its nearest centroid (lowest index on ties).
     *
     * @param centroids row-major {@code k × d}
     * @param iterations carried into the fit unchanged
     */
    public static ClusterFit assign(Points points, double[] centroids, int k, int iterations) {
        int n = points.n();
        int[] labels = new int[n];
        double[] chunkInertia = new double[Chunks.count(n)];
        IntStream.range(0, chunkInertia.length).parallel().forEach(chunk -> {
            double sum = 0;
            for (int i = Chunks.start(chunk), end = Chunks.end(chunk, n); i < end; i++) {
                int best = 0;
                double bestDistance = points.squaredDistance(i, centroids, 0);
                for (int c = 1; c < k; c++) {
                    double distance = points.squaredDistance(i, centroids, c);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = c;
                    }
                }
                labels[i] = best;
                sum += bestDistance;
            }
            chunkInertia[chunk] = sum;
        });
        double inertia = 0;
        for (double sum : chunkInertia) {
            inertia += sum;
        }
        return new ClusterFit(k, labels, centroids, inertia, iterations);
    }
}
