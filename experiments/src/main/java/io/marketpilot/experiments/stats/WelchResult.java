package io.marketpilot.experiments.stats;

/**
 * The outcome of Welch's unequal-variance t-test of B against A.
 *
 * @param t {@code (meanB - meanA) / se}
 * @param df Welch–Satterthwaite degrees of freedom
 * @param pValue two-sided p-value from Student's t with {@code df}
 * @param diff {@code meanB - meanA}
 * @param ciLow lower end of the interval for {@code diff}
 * @param ciHigh upper end of that interval
 * @param confidence the interval's confidence level
 */
public record WelchResult(
        double t, double df, double pValue, double diff, double ciLow, double ciHigh, double confidence) {}
