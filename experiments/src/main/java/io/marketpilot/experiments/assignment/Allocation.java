package io.marketpilot.experiments.assignment;

import java.util.Arrays;

/**
 * Maps the hash buckets onto variants in proportion to allocation weights: variant i owns a contiguous range of
 * buckets. Changing the weights moves only the buckets at the range borders, so most units keep their variant.
 */
public final class Allocation {
    private final double[] weights;
    /** upperBounds[i] is the first bucket after variant i's range. */
    private final int[] upperBounds;

    public Allocation(double... weights) {
        if (weights.length < 1) {
            throw new IllegalArgumentException("an allocation needs at least one variant");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("allocation weights must be positive and finite, got " + w);
            }
            sum += w;
        }
        this.weights = weights.clone();
        this.upperBounds = new int[weights.length];
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            upperBounds[i] = (int) Math.round(cumulative / sum * BucketHasher.BUCKETS);
        }
        // Rounding must not lose the last bucket.
        upperBounds[weights.length - 1] = BucketHasher.BUCKETS;
    }

    public static Allocation equal(int variants) {
        double[] w = new double[variants];
        Arrays.fill(w, 1);
        return new Allocation(w);
    }

    public int variants() {
        return weights.length;
    }

    public double[] weights() {
        return weights.clone();
    }

    public int variantOf(int bucket) {
        if (bucket < 0 || bucket >= BucketHasher.BUCKETS) {
            throw new IllegalArgumentException("bucket " + bucket + " is outside [0, " + BucketHasher.BUCKETS + ")");
        }
        for (int i = 0; i < upperBounds.length; i++) {
            if (bucket < upperBounds[i]) {
                return i;
            }
        }
        return upperBounds.length - 1;
    }
}
