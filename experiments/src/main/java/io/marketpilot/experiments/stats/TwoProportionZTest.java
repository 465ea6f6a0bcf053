package io.marketpilot.experiments.stats;

/** Two-proportion z-test with a Wald interval for the difference, the workhorse of conversion A/B tests. */
public final class TwoProportionZTest {
    private TwoProportionZTest() {}

    public static TwoProportionResult test(long convA, long nA, long convB, long nB) {
        return test(convA, nA, convB, nB, 0.95);
    }

    /**
     * The test uses the pooled SE because under H0 both arms share one rate; the interval uses the unpooled SE
     * because it describes rates that may differ. This matches SciPy/statsmodels and the golden reference cases.
     */
    public static TwoProportionResult test(long convA, long nA, long convB, long nB, double confidence) {
        Require.counts(convA, nA, "A");
        Require.counts(convB, nB, "B");
        Require.probability(confidence, "confidence");
        double rateA = (double) convA / nA;
        double rateB = (double) convB / nB;
        double diff = rateB - rateA;
        double pooled = (double) (convA + convB) / (nA + nB);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        // With no conversions (or only conversions) in both arms there is no evidence either way.
        double z = pooledSe > 0 ? diff / pooledSe : 0;
        double unpooledSe = Math.sqrt(rateA * (1 - rateA) / nA + rateB * (1 - rateB) / nB);
        double critical = StandardNormal.upperQuantile((1 - confidence) / 2);
        double lift = rateA > 0 ? diff / rateA : Double.NaN;
        return new TwoProportionResult(
                z,
                StandardNormal.twoSidedP(z),
                rateA,
                rateB,
                diff,
                diff - critical * unpooledSe,
                diff + critical * unpooledSe,
                lift,
                confidence);
    }
}
