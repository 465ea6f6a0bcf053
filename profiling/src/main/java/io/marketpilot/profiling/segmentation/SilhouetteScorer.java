package io.marketpilot.profiling.segmentation;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Mean silhouette of a labelling, exact for up to {@value #EXACT_LIMIT} points and on a seeded sample of that
 * many otherwise (the exact score is quadratic in n). Pairwise distances of the (sampled) points are computed
 * once, as floats to halve the memory (50 MB at the limit), and reused for every k. Not thread-safe.
 */
public final class SilhouetteScorer {
    public static final int EXACT_LIMIT = 5_000;

    private final Points points;
    private final int[] sample;
    private final boolean sampled;
    // computed on the first score, so that a run that never needs one (k = 1) does not pay for it
    private float @Nullable [] distances;

    public SilhouetteScorer(Points points, long seed) {
        this.sample = points.n() <= EXACT_LIMIT
                ? IntStream.range(0, points.n()).toArray()
                : sample(points.n(), EXACT_LIMIT, seed);
        this.sampled = points.n() > EXACT_LIMIT;
        this.points = points;
    }

    public boolean sampled() {
        return sampled;
    }

    public int sampleSize() {
        return sample.length;
    }

    /** Partial Fisher–Yates: m distinct indices, sorted so the result is independent of draw order. */
    static int[] sample(int n, int m, long seed) {
        int[] indices = IntStream.range(0, n).toArray();
        var random = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        int[] chosen = Arrays.copyOf(indices, m);
        Arrays.sort(chosen);
        return chosen;
    }

    private static float[] condensedDistances(Points points, int[] sample) {
        int m = sample.length;
        float[] condensed = new float[(int) ((long) m * (m - 1) / 2)];
        double[] x = points.data();
        int d = points.d();
        IntStream.range(0, m).parallel().forEach(a -> {
            int offset = offset(a, m);
            int ia = sample[a] * d;
            for (int b = a + 1; b < m; b++) {
                int ib = sample[b] * d;
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double diff = x[ia + j] - x[ib + j];
                    sum += diff * diff;
                }
                condensed[offset + b - a - 1] = (float) Math.sqrt(sum);
            }
        });
        return condensed;
    }

    /** Where row a's distances to b > a start in the condensed upper triangle. */
    private static int offset(int a, int m) {
        return (int) ((long) a * (2L * m - a - 1) / 2);
    }

    /**
     * The mean silhouette of the labels (one per point of the scorer's points). A point alone in its cluster
     * scores 0, as in scikit-learn.
     *
     * @return empty when the silhouette is undefined: fewer than 2 clusters among the scored points, or every
     *     scored point in a cluster of its own
     */
    public OptionalDouble score(int[] labels, int k) {
        int m = sample.length;
        int[] label = new int[m];
        int[] size = new int[k];
        for (int a = 0; a < m; a++) {
            label[a] = labels[sample[a]];
            size[label[a]]++;
        }
        int clusters = 0;
        for (int s : size) {
            clusters += s > 0 ? 1 : 0;
        }
        if (clusters < 2 || clusters == m) {
            return OptionalDouble.empty();
        }
        float[] condensed = distances();
        double[] sums = new double[m * k];
        for (int a = 0; a < m; a++) {
            int offset = offset(a, m) - a - 1;
            int la = label[a];
            for (int b = a + 1; b < m; b++) {
                double distance = condensed[offset + b];
                sums[a * k + label[b]] += distance;
                sums[b * k + la] += distance;
            }
        }
        double total = 0;
        for (int a = 0; a < m; a++) {
            total += silhouette(sums, a, label[a], size, k);
        }
        return OptionalDouble.of(total / m);
    }

    private float[] distances() {
        float[] d = distances;
        if (d == null) {
            d = condensedDistances(points, sample);
            distances = d;
        }
        return d;
    }

    private static double silhouette(double[] sums, int a, int own, int[] size, int k) {
        if (size[own] == 1) {
            return 0;
        }
        double within = sums[a * k + own] / (size[own] - 1);
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (c != own && size[c] > 0) {
                nearest = Math.min(nearest, sums[a * k + c] / size[c]);
            }
        }
        double larger = Math.max(within, nearest);
        return larger > 0 ? (nearest - within) / larger : 0;
    }
}
