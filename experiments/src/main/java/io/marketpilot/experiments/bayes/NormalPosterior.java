package io.marketpilot.experiments.bayes;

import io.marketpilot.experiments.stats.SampleSummary;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A normal belief about an arm's mean revenue per unit.
 *
 * @param mean posterior mean
 * @param variance posterior variance of the mean
 */
public record NormalPosterior(double mean, double variance) {
    public NormalPosterior {
        if (!Double.isFinite(mean) || !(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException(
                    "need a finite mean and positive variance, got " + mean + ", " + variance);
        }
    }

    /**
     * The posterior under a flat prior with the variance known to be the sample's: N(mean, sd²/n). By the central
     * limit theorem this is sound for revenue per visitor at the sample sizes A/B tests reach, despite skew.
     */
    public static NormalPosterior fromSummary(SampleSummary summary) {
        return new NormalPosterior(summary.mean(), summary.varianceOfMean());
    }

    public NormalDistribution distribution() {
        return NormalDistribution.of(mean, Math.sqrt(variance));
    }
}
