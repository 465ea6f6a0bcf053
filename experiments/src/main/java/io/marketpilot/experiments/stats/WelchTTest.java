package io.marketpilot.experiments.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/** Welch's t-test for a continuous metric such as revenue per visitor, where arms rarely share a variance. */
public final class WelchTTest {
    private WelchTTest() {}

    public static WelchResult test(SampleSummary a, SampleSummary b) {
        return test(a, b, 0.95);
    }

    public static WelchResult test(SampleSummary a, SampleSummary b, double confidence) {
        Require.probability(confidence, "confidence");
        double va = a.varianceOfMean();
        double vb = b.varianceOfMean();
        double se2 = va + vb;
        if (!(se2 > 0)) {
            throw new IllegalArgumentException("Welch's test needs variation in at least one arm");
        }
        double se = Math.sqrt(se2);
        double diff = b.mean() - a.mean();
        double t = diff / se;
        double df = se2 * se2 / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        TDistribution dist = TDistribution.of(df);
        double p = 2 * dist.survivalProbability(Math.abs(t));
        double critical = dist.inverseSurvivalProbability((1 - confidence) / 2);
        return new WelchResult(t, df, p, diff, diff - critical * se, diff + critical * se, confidence);
    }
}
