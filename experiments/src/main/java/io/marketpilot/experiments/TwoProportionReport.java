package io.marketpilot.experiments;

/**
 * The verdict on a conversion A/B test, frequentist and Bayesian side by side.
 *
 * @param rateA conversion rate of A (control)
 * @param rateB conversion rate of B
 * @param z pooled-SE z statistic for B - A
 * @param pValue two-sided p-value
 * @param diff rateB - rateA
 * @param ciLow lower end of the unpooled Wald interval for diff
 * @param ciHigh upper end of that interval
 * @param relativeLift diff / rateA; NaN when A never converted
 * @param probBBeatsA posterior P(θ_B > θ_A), exact
 * @param expectedLossB E[max(θ_A - θ_B, 0)]: the rate given up on average by shipping B
 * @param expectedLossA E[max(θ_B - θ_A, 0)]: the rate given up on average by keeping A
 * @param method how the numbers were computed, kept with the verdict as its provenance
 */
public record TwoProportionReport(
        double rateA,
        double rateB,
        double z,
        double pValue,
        double diff,
        double ciLow,
        double ciHigh,
        double relativeLift,
        double probBBeatsA,
        double expectedLossB,
        double expectedLossA,
        String method) {}
