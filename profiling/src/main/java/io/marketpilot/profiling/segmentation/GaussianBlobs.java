package io.marketpilot.profiling.segmentation;

import java.util.SplittableRandom;

/**
 * Seeded synthetic clusters for benchmarks and tests: k centres uniform in [-10, 10]^d, points drawn around
 * them with unit normal noise, cluster sizes as equal as possible.
 *
 * @param points the points, cluster by cluster in round-robin order
 * @param truth the generating cluster of each point
 */
public record GaussianBlobs(Points points, int[] truth) {

    public static GaussianBlobs generate(int n, int d, int k, double noise, long seed) {
        var random = new SplittableRandom(seed);
        double[] centres = new double[k * d];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = -10 + 20 * random.nextDouble();
        }
        double[] data = new double[n * d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % k;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                data[i * d + j] = centres[c * d + j] + noise * random.nextGaussian();
            }
        }
        return new GaussianBlobs(new Points(data, n, d), truth);
    }
}
