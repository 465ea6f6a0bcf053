package io.marketpilot.experiments.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal shared by the tests in this package, with the two-sided helpers they all need. */
final class StandardNormal {
    static final NormalDistribution N01 = NormalDistribution.of(0, 1);

    private StandardNormal() {}

    /** Two-sided p-value; the survival function keeps full relative precision far in the tail (p ~ 1e-120). */
    static double twoSidedP(double z) {
        return 2 * N01.survivalProbability(Math.abs(z));
    }

    /** z_{1-a}: the upper-tail critical value, e.g. 1.959964 for a = 0.025. */
    static double upperQuantile(double upperTail) {
        return N01.inverseSurvivalProbability(upperTail);
    }
}
