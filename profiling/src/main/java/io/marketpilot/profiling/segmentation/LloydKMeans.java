package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Our k-means: greedy k-means++ seeding, Lloyd iterations over a flat row-major array until no label changes or
 * the centres settle within the tolerance, several restarts keeping the lowest inertia (ties: the earliest).
 * Restarts run in parallel and each assignment pass runs in parallel over fixed blocks of points; every
 * restart's seed is derived from the caller's seed up front, so the result is the same whatever the number of
 * threads. Kept over the libraries on the evidence of the k-means benchmark (benchmarks module).
 */
public final class LloydKMeans implements Clusterer {
    private final KMeansOptions options;

    public LloydKMeans(KMeansOptions options) {
        this.options = options;
    }

    public LloydKMeans() {
        this(KMeansOptions.defaults());
    }

    @Override
    public ClusterFit fit(Points points, int k, long seed) {
        if (k < 1 || k > points.n()) {
            throw MarketPilotException.invalid("k must be between 1 and the " + points.n() + " points, got " + k);
        }
        long[] seeds = restartSeeds(seed, options.restarts());
        double shiftTolerance = options.tolerance() > 0 ? options.tolerance() * meanVariance(points) : 0;
        List<ClusterFit> fits = Chunks.inPool(options.parallelism(), () -> IntStream.range(0, seeds.length)
                .parallel()
                .mapToObj(r -> single(points, k, seeds[r], shiftTolerance))
                .toList());
        ClusterFit best = fits.get(0);
        for (ClusterFit fit : fits) {
            if (fit.inertia() < best.inertia()) {
                best = fit;
            }
        }
        return best;
    }

    @Override
    public String describe() {
        return "lloyd-kmeans(greedy k-means++ seeding, restarts=" + options.restarts() + ", maxIterations="
                + options.maxIterations() + ", tolerance=" + options.tolerance() + ")";
    }

    /** The seed of each restart, derived from the caller's: other k-means set-ups use it to compare like with like. */
    public static long[] restartSeeds(long seed, int restarts) {
        var root = new SplittableRandom(seed);
        long[] seeds = new long[restarts];
        for (int r = 0; r < restarts; r++) {
            seeds[r] = root.nextLong();
        }
        return seeds;
    }

    private ClusterFit single(Points points, int k, long seed, double shiftTolerance) {
        double[] centres = KMeansPlusPlus.seed(points, k, new SplittableRandom(seed));
        int[] labels = new int[points.n()];
        Arrays.fill(labels, -1);
        double[] distance = new double[points.n()];
        for (int iteration = 1; ; iteration++) {
            Pass pass = assign(points, centres, k, labels, distance);
            // at the cap the labels are still nearest-centre labels for these centres, so the inertia is exact
            if (pass.changed == 0 || iteration == options.maxIterations()) {
                return new ClusterFit(k, labels, centres, pass.inertia, iteration);
            }
            double[] next = pass.means(points, distance);
            if (shiftTolerance > 0 && squaredShift(centres, next) <= shiftTolerance) {
                Pass last = assign(points, next, k, labels, distance);
                return new ClusterFit(k, labels, next, last.inertia, iteration + 1);
            }
            centres = next;
        }
    }

    private static double squaredShift(double[] from, double[] to) {
        double shift = 0;
        for (int i = 0; i < from.length; i++) {
            double diff = to[i] - from[i];
            shift += diff * diff;
        }
        return shift;
    }

    /** Mean over dimensions of each dimension's variance: the scale the tolerance is relative to. */
    static double meanVariance(Points points) {
        int n = points.n();
        int d = points.d();
        double[] x = points.data();
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double diff = x[i * d + j] - mean;
                squares += diff * diff;
            }
            total += squares / n;
        }
        return total / d;
    }

    /** One assignment pass: nearest centre per point, and the per-cluster sums for the update step. */
    private static Pass assign(Points points, double[] centres, int k, int[] labels, double[] distance) {
        int n = points.n();
        int d = points.d();
        List<Pass> partials = IntStream.range(0, Chunks.count(n))
                .parallel()
                .mapToObj(chunk -> assignChunk(points, centres, k, labels, distance, chunk))
                .toList();
        var total = new Pass(k, d);
        for (Pass partial : partials) {
            total.add(partial);
        }
        return total;
    }

    private static Pass assignChunk(
            Points points, double[] centres, int k, int[] labels, double[] distance, int chunk) {
        int d = points.d();
        double[] x = points.data();
        var pass = new Pass(k, d);
        double[] sums = pass.sums;
        int[] counts = pass.counts;
        int changed = 0;
        double inertia = 0;
        for (int i = Chunks.start(chunk), end = Chunks.end(chunk, points.n()); i < end; i++) {
            int base = i * d;
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double sum = Points.squaredDistance(x, base, centres, c * d, d);
                if (sum < bestDistance) {
                    bestDistance = sum;
                    best = c;
                }
            }
            if (labels[i] != best) {
                changed++;
                labels[i] = best;
            }
            distance[i] = bestDistance;
            inertia += bestDistance;
            counts[best]++;
            int sb = best * d;
            for (int j = 0; j < d; j++) {
                sums[sb + j] += x[base + j];
            }
        }
        pass.changed = changed;
        pass.inertia = inertia;
        return pass;
    }

    /** Sums of one pass; mutable because it is only ever filled and merged by its owner. */
    private static final class Pass {
        final int k;
        final int d;
        final double[] sums;
        final int[] counts;
        int changed;
        double inertia;

        Pass(int k, int d) {
            this.k = k;
            this.d = d;
            this.sums = new double[k * d];
            this.counts = new int[k];
        }

        void add(Pass other) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += other.sums[i];
            }
            for (int c = 0; c < k; c++) {
                counts[c] += other.counts[c];
            }
            changed += other.changed;
            inertia += other.inertia;
        }

        /**
         * The new centres: member means; an empty cluster moves to the point farthest from its centre, which
         * lowers the inertia most and keeps k clusters.
         */
        double[] means(Points points, double[] distance) {
            double[] centres = new double[k * d];
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    for (int j = 0; j < d; j++) {
                        centres[c * d + j] = sums[c * d + j] / counts[c];
                    }
                    continue;
                }
                int farthest = 0;
                for (int i = 1; i < distance.length; i++) {
                    if (distance[i] > distance[farthest]) {
                        farthest = i;
                    }
                }
                // so that a second empty cluster takes a different point
                distance[farthest] = 0;
                System.arraycopy(points.data(), farthest * d, centres, c * d, d);
            }
            return centres;
        }
    }
}
