package io.marketpilot.predict.forecast;

/**
 * One exponential smoothing form fitted to a series: its parameters, its states after the last week, and the
 * in-sample one-step errors that size its prediction intervals and rank it against other forms.
 *
 * @param initial the heuristic states before the first week
 * @param last the states after the last week, where forecasts start (not to be mutated)
 * @param sse sum of squared one-step-ahead errors over all weeks
 */
record EtsFit(EtsForm form, EtsParameters parameters, EtsState initial, EtsState last, int observations, double sse) {
    /** Parameters the fit took from the data: smoothing parameters and initial states. */
    int estimatedParameters() {
        return form.smoothingParameters() + form.initialStates();
    }

    /**
     * The one-step error variance, SSE / (n - k) with k the estimated parameters including the initial states: those
     * were computed from the same weeks, so the first year's errors are smaller than the errors of new weeks will be.
     */
    double sigma2() {
        return sse / Math.max(1, observations - estimatedParameters());
    }

    /**
     * AICc of the Gaussian likelihood of the one-step errors (sigma counted as a parameter). All candidate forms have
     * additive errors on the same data, so their AICc values compare directly.
     */
    double aicc() {
        int n = observations;
        int k = estimatedParameters() + 1;
        if (n - k - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        // a constant series fits exactly; flooring keeps the logarithm finite so that the simplest form wins the tie
        double meanSquare = Math.max(sse / n, Double.MIN_NORMAL);
        return n * Math.log(meanSquare) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }
}
