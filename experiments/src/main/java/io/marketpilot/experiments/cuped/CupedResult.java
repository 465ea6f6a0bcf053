package io.marketpilot.experiments.cuped;

/**
 * A CUPED adjustment of one metric.
 *
 * @param theta cov(Y, X) / var(X), the regression coefficient of the metric on its covariate
 * @param covariateMean the mean of X that the adjustment centres on
 * @param adjusted Y_i - theta (X_i - mean X), in input order
 * @param varianceBefore sample variance of Y
 * @param varianceAfter sample variance of the adjusted metric
 */
public record CupedResult(
        double theta, double covariateMean, double[] adjusted, double varianceBefore, double varianceAfter) {
    public CupedResult {
        adjusted = adjusted.clone();
    }

    @Override
    public double[] adjusted() {
        return adjusted.clone();
    }

    /** Share of variance removed, 1 - after / before; equals the squared correlation of Y and X. */
    public double varianceReduction() {
        return varianceBefore > 0 ? 1 - varianceAfter / varianceBefore : 0;
    }
}
