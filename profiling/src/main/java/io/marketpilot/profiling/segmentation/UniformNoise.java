package io.marketpilot.profiling.segmentation;

import java.util.SplittableRandom;

/**
 * Seeded uniform noise over the bounding box of some points: the "no structure" reference of the gap statistic
 * (Tibshirani, Walther and Hastie, 2001). k-means finds clusters in noise too, and their silhouette grows as the
 * dimension falls (about 0.40 in 2-D, 0.30 in 3-D, 0.12 in 7-D for k = 2–10), so a silhouette means something
 * only next to what noise in the same ranges reaches.
 */
final class UniformNoise {
    static final int MAX_POINTS = 2_000;

    private UniformNoise() {}

    static Points over(Points points, long seed) {
        int d = points.d();
        double[] low = new double[d];
        double[] high = new double[d];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        double[] data = points.data();
        for (int i = 0; i < points.n(); i++) {
            for (int j = 0; j < d; j++) {
                double v = data[i * d + j];
                low[j] = Math.min(low[j], v);
                high[j] = Math.max(high[j], v);
            }
        }
        int n = Math.min(points.n(), MAX_POINTS);
        var random = new SplittableRandom(seed);
        double[] noise = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                noise[i * d + j] = low[j] + (high[j] - low[j]) * random.nextDouble();
            }
        }
        return new Points(noise, n, d);
    }
}
