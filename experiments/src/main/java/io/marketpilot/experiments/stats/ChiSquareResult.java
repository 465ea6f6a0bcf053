package io.marketpilot.experiments.stats;

/**
 * A Pearson chi-square statistic with its degrees of freedom and upper-tail p-value.
 *
 * @param statistic the chi-square statistic
 * @param degreesOfFreedom degrees of freedom
 * @param pValue upper-tail probability of {@code statistic}
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue) {
    public boolean rejects(double alpha) {
        return pValue < alpha;
    }
}
