package io.marketpilot.experiments.stats;

/**
 * Mean, sample standard deviation and size of one arm's metric, enough for Welch's test and the normal model.
 *
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n - 1 denominator)
 * @param n number of observations
 */
public record SampleSummary(double mean, double sd, long n) {
    public SampleSummary {
        if (n < 2) {
            throw new IllegalArgumentException("a sample summary needs at least two observations, had " + n);
        }
        if (!(sd >= 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite and sd non-negative, were " + mean + ", " + sd);
        }
    }

    /** Summarises raw values in one pass with Welford's update, which stays accurate for large revenue sums. */
    public static SampleSummary of(double[] values) {
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < values.length; i++) {
            double delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }
        int n = values.length;
        return new SampleSummary(mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, n);
    }

    public double variance() {
        return sd * sd;
    }

    /** Squared standard error of the mean. */
    public double varianceOfMean() {
        return sd * sd / n;
    }
}
