package io.marketpilot.experiments;

/**
 * The verdict on a continuous metric (revenue per visitor), frequentist and Bayesian side by side.
 *
 * @param meanA mean of A (control)
 * @param meanB mean of B
 * @param t Welch t statistic for B - A
 * @param df Welch–Satterthwaite degrees of freedom
 * @param pValue two-sided p-value
 * @param diff meanB - meanA
 * @param ciLow lower end of the Welch interval for diff
 * @param ciHigh upper end of that interval
 * @param relativeLift diff / meanA; NaN when meanA is zero
 * @param probBBeatsA P(μ_B > μ_A) under the normal model
 * @param expectedLossB E[max(μ_A - μ_B, 0)] under the normal model
 * @param method how the numbers were computed, kept with the verdict as its provenance
 */
public record RevenueReport(
        double meanA,
        double meanB,
        double t,
        double df,
        double pValue,
        double diff,
        double ciLow,
        double ciHigh,
        double relativeLift,
        double probBBeatsA,
        double expectedLossB,
        String method) {}
