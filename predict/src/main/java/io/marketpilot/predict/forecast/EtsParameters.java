package io.marketpilot.predict.forecast;

/**
 * Smoothing parameters in the error-correction form of Hyndman et al. (2008): level += alpha e, trend = phi trend +
 * beta e, season += gamma e (in the multiplicative form e is divided by the seasonal factor, and the season follows
 * classical Holt-Winters with gamma* = gamma / (1 - alpha), see {@link EtsRecursion}).
 *
 * <p>The fit searches the classical Holt-Winters box instead, alpha, beta* = beta / alpha and gamma* = gamma / (1 -
 * alpha) each in (0, 1), which keeps beta below alpha and gamma below 1 - alpha without linear constraints.
 *
 * @param beta 0 without trend
 * @param gamma 0 without seasonality
 * @param phi 1 unless the trend is damped
 */
record EtsParameters(double alpha, double beta, double gamma, double phi) {
    static final double MIN_PHI = 0.8;
    static final double MAX_PHI = 0.98;

    /**
     * Maps a point of the unit box searched by the optimiser to parameters: alpha, then beta*, gamma* and the
     * position of phi in [0.8, 0.98], each present only when the form has that component.
     */
    static EtsParameters fromUnitBox(EtsForm form, double[] x) {
        int i = 0;
        double alpha = x[i++];
        double beta = form.hasTrend() ? alpha * x[i++] : 0;
        double gamma = form.seasonal() ? (1 - alpha) * x[i++] : 0;
        double phi = form.damped() ? MIN_PHI + (MAX_PHI - MIN_PHI) * x[i] : 1;
        return new EtsParameters(alpha, beta, gamma, phi);
    }

    /** phi + phi^2 + ... + phi^h: how many trend steps a forecast h weeks ahead adds (h when undamped). */
    double trendSteps(int h) {
        if (phi == 1) {
            return h;
        }
        return phi * (1 - Math.pow(phi, h)) / (1 - phi);
    }
}
