package io.marketpilot.experiments.stats;

/** Detects a sample-ratio mismatch: traffic split between variants that departs from the configured weights. */
public final class SampleRatioMismatch {
    /** The customary threshold: SRM checks run on every experiment, so a strict alpha keeps false alarms rare. */
    public static final double DEFAULT_ALPHA = 0.001;

    private SampleRatioMismatch() {}

    /** Chi-square goodness of fit of the observed units per variant against total * weight_i / sum(weights). */
    public static ChiSquareResult check(long[] observed, double[] weights) {
        if (observed.length != weights.length) {
            throw new IllegalArgumentException(
                    "got " + observed.length + " observed counts for " + weights.length + " weights");
        }
        double weightSum = 0;
        for (double w : weights) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("allocation weights must be positive and finite, got " + w);
            }
            weightSum += w;
        }
        long total = 0;
        for (long o : observed) {
            if (o < 0) {
                throw new IllegalArgumentException("observed counts cannot be negative, got " + o);
            }
            total += o;
        }
        if (total == 0) {
            throw new IllegalArgumentException("an SRM check needs at least one assigned unit");
        }
        double[] expected = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            expected[i] = total * weights[i] / weightSum;
        }
        return ChiSquareTest.goodnessOfFit(observed, expected);
    }
}
