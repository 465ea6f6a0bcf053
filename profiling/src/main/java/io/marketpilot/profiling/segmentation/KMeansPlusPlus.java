package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii, 2007; the variant scikit-learn uses): the first centre
 * uniformly at random; for each next one, {@code 2 + ln k} candidates drawn with probability proportional to the
 * squared distance to the nearest chosen centre, keeping the candidate that lowers the total most. Plain
 * k-means++ (one candidate) lands in poor local optima often enough that Lloyd then needs ten times the
 * iterations to crawl out, which costs far more than the extra candidates.
 */
final class KMeansPlusPlus {
    private KMeansPlusPlus() {}

    /**
     * Chooses k centres among the points.
     *
     * @throws MarketPilotException when fewer than k points are distinct: every remaining point then sits on a
     *     centre, the sampling weights sum to zero and a further centre would duplicate one
     */
    static double[] seed(Points points, int k, SplittableRandom random) {
        int n = points.n();
        int d = points.d();
        int trials = 2 + (int) Math.log(k);
        double[] centres = new double[k * d];
        System.arraycopy(points.data(), random.nextInt(n) * d, centres, 0, d);
        double[] weight = new double[n];
        double[] chunkSums = new double[Chunks.count(n)];
        updateWeights(points, centres, 0, weight, chunkSums, true);
        double[] candidate = new double[d];
        for (int c = 1; c < k; c++) {
            double total = sum(chunkSums);
            if (!(total > 0)) {
                throw MarketPilotException.invalid(
                        "only " + c + " distinct points, fewer than the " + k + " clusters asked for");
            }
            int best = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int drawn = sample(weight, chunkSums, random.nextDouble() * total, n);
                System.arraycopy(points.data(), drawn * d, candidate, 0, d);
                double potential = potential(points, candidate, weight, chunkSums.length);
                if (potential < bestPotential) {
                    bestPotential = potential;
                    best = drawn;
                }
            }
            System.arraycopy(points.data(), best * d, centres, c * d, d);
            updateWeights(points, centres, c, weight, chunkSums, false);
        }
        return centres;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /** The total squared distance to the nearest centre if {@code candidate} were added. */
    private static double potential(Points points, double[] candidate, double[] weight, int chunks) {
        int n = points.n();
        double[] sums = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double sum = 0;
            for (int i = Chunks.start(chunk), end = Chunks.end(chunk, n); i < end; i++) {
                sum += Math.min(weight[i], points.squaredDistance(i, candidate, 0));
            }
            sums[chunk] = sum;
        });
        return sum(sums);
    }

    private static void updateWeights(
            Points points, double[] centres, int c, double[] weight, double[] chunkSums, boolean first) {
        int n = points.n();
        IntStream.range(0, chunkSums.length).parallel().forEach(chunk -> {
            double sum = 0;
            for (int i = Chunks.start(chunk), end = Chunks.end(chunk, n); i < end; i++) {
                double distance = points.squaredDistance(i, centres, c);
                if (first || distance < weight[i]) {
                    weight[i] = distance;
                }
                sum += weight[i];
            }
            chunkSums[chunk] = sum;
        });
    }

    /** The first point whose cumulative weight exceeds the target, never a point of weight zero. */
    private static int sample(double[] weight, double[] chunkSums, double target, int n) {
        double cumulative = 0;
        for (int chunk = 0; chunk < chunkSums.length; chunk++) {
            if (cumulative + chunkSums[chunk] <= target) {
                cumulative += chunkSums[chunk];
                continue;
            }
            for (int i = Chunks.start(chunk), end = Chunks.end(chunk, n); i < end; i++) {
                cumulative += weight[i];
                if (cumulative > target && weight[i] > 0) {
                    return i;
                }
            }
        }
        // rounding left the target at or just above the total: the last point with weight is the right answer
        int last = n - 1;
        while (weight[last] <= 0) {
            last--;
        }
        return last;
    }
}
