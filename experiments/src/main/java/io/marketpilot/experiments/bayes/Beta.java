package io.marketpilot.experiments.bayes;

import io.marketpilot.experiments.stats.Require;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A Beta(alpha, beta) belief about a conversion rate, used both as prior and as posterior.
 *
 * @param alpha prior successes plus observed conversions
 * @param beta prior failures plus observed non-conversions
 */
public record Beta(double alpha, double beta) {
    public Beta {
        if (!(alpha > 0) || !(beta > 0) || !Double.isFinite(alpha) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException(
                    "Beta parameters must be positive and finite, were " + alpha + ", " + beta);
        }
    }

    /** Beta(1, 1): every rate equally plausible, the default prior. */
    public static Beta uniform() {
        return new Beta(1, 1);
    }

    /** The posterior after {@code conversions} out of {@code trials}. */
    public Beta observe(long conversions, long trials) {
        Require.counts(conversions, trials, "observed");
        return new Beta(alpha + conversions, beta + trials - conversions);
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    public BetaDistribution distribution() {
        return BetaDistribution.of(alpha, beta);
    }

    boolean hasIntegerAlpha() {
        return alpha == Math.rint(alpha) && alpha < Integer.MAX_VALUE;
    }
}
