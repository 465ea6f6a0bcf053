package io.marketpilot.experiments.stats;

/**
 * The outcome of a two-proportion z-test of B against A.
 *
 * @param z standardised difference using the pooled standard error (the null hypothesis p_a = p_b)
 * @param pValue two-sided normal p-value of {@code z}
 * @param rateA conversion rate of A
 * @param rateB conversion rate of B
 * @param diff {@code rateB - rateA}
 * @param ciLow lower end of the Wald interval for {@code diff}, from the unpooled standard error
 * @param ciHigh upper end of that interval
 * @param relativeLift {@code diff / rateA}; NaN when A never converted
 * @param confidence the interval's confidence level, e.g. 0.95
 */
public record TwoProportionResult(
        double z,
        double pValue,
        double rateA,
        double rateB,
        double diff,
        double ciLow,
        double ciHigh,
        double relativeLift,
        double confidence) {}
