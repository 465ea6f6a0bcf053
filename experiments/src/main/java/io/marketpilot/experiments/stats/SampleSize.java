package io.marketpilot.experiments.stats;

/**
 * Sample size, power and minimum detectable effect of a two-sided two-proportion z-test with equal arms.
 *
 * <p>All three invert one formula (Fleiss): {@code n = (z_{1-α/2}·sqrt(2·p̄(1-p̄)) + z_{power}·sqrt(p1(1-p1) +
 * p2(1-p2)))² / (p2-p1)²} with {@code p̄ = (p1+p2)/2}; like most calculators it ignores the far rejection tail.
 */
public final class SampleSize {
    private SampleSize() {}

    /**
     * Per-arm size to detect a lift of {@code mde} over {@code baseline}.
     *
     * @param relative true when {@code mde} is relative (0.1 = +10%), false when absolute (0.01 = +1 point)
     */
    public static SampleSizePlan forProportions(
            double baseline, double mde, boolean relative, double alpha, double power) {
        double variant = relative ? baseline * (1 + mde) : baseline + mde;
        double exact = perArmExact(baseline, variant, alpha, power);
        return new SampleSizePlan(baseline, variant, alpha, power, exact, (long) Math.ceil(exact));
    }

    public static double perArmExact(double p1, double p2, double alpha, double power) {
        Require.probability(p1, "baseline rate");
        Require.probability(p2, "variant rate");
        Require.probability(alpha, "alpha");
        Require.probability(power, "power");
        if (p1 == p2) {
            throw new IllegalArgumentException("the variant rate must differ from the baseline rate");
        }
        double root = StandardNormal.upperQuantile(alpha / 2) * Math.sqrt(2 * pBarVariance(p1, p2))
                + StandardNormal.upperQuantile(1 - power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double delta = p2 - p1;
        return root * root / (delta * delta);
    }

    /** Power with {@code nPerArm} units per arm; a real-valued n lets callers round-trip {@link #perArmExact}. */
    public static double power(double p1, double p2, double nPerArm, double alpha) {
        Require.probability(p1, "baseline rate");
        Require.probability(p2, "variant rate");
        Require.probability(alpha, "alpha");
        if (!(nPerArm > 0)) {
            throw new IllegalArgumentException("units per arm must be positive, was " + nPerArm);
        }
        double zBeta = (Math.sqrt(nPerArm) * Math.abs(p2 - p1)
                        - StandardNormal.upperQuantile(alpha / 2) * Math.sqrt(2 * pBarVariance(p1, p2)))
                / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return StandardNormal.N01.cumulativeProbability(zBeta);
    }

    /**
     * The smallest upward effect detectable with {@code nPerArm} units per arm, found by bisection on the power
     * (which rises with the effect); relative effects are returned as a fraction of {@code baseline}.
     */
    public static double minimumDetectableEffect(
            double baseline, double nPerArm, double alpha, double power, boolean relative) {
        Require.probability(power, "power");
        double low = 0;
        double high = 1 - baseline;
        if (power(baseline, baseline + high * (1 - 1e-12), nPerArm, alpha) < power) {
            throw new IllegalArgumentException(
                    "no effect is detectable with power " + power + " from " + nPerArm + " units per arm");
        }
        // 100 halvings take the bracket below 1e-30, far past double precision of the effect.
        for (int i = 0; i < 100 && high - low > 1e-15; i++) {
            double mid = (low + high) / 2;
            if (mid > 0 && power(baseline, baseline + mid, nPerArm, alpha) >= power) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return relative ? high / baseline : high;
    }

    private static double pBarVariance(double p1, double p2) {
        double pBar = (p1 + p2) / 2;
        return pBar * (1 - pBar);
    }
}
