package io.marketpilot.predict.forecast;

/**
 * The one-step-ahead recursion of the additive-error ETS forms, on primitive arrays because the optimiser runs it a
 * few hundred times per fit and the backtest fits hundreds of times.
 *
 * <p>Additive forms follow the error-correction equations of Hyndman et al. (2008). Multiplicative seasonality
 * follows classical Holt-Winters, as statsmodels' ETSModel does: the seasonal factor moves towards y_t / l_t, the new
 * level, rather than towards y_t / (l_{t-1} + phi b_{t-1}) as in the book's state-space form; the two differ by a
 * term of order alpha gamma e^2.
 */
final class EtsRecursion {
    private EtsRecursion() {}

    /** Runs the recursion over a whole series from time 0; see {@link #run(double[], int, EtsForm, EtsParameters,
     * EtsState, double[])}. */
    static double run(double[] y, EtsForm form, EtsParameters p, EtsState state, double[] residuals) {
        return run(y, 0, form, p, state, residuals);
    }

    /**
     * Runs the recursion over {@code y}, whose first value is observation {@code startTime}, updating {@code state}
     * in place and writing one-step errors into {@code residuals} when it is not empty.
     *
     * @return the sum of squared one-step errors, or infinity when the multiplicative form's level leaves the
     *     positive range (the optimiser treats that as the worst possible fit)
     */
    static double run(double[] y, int startTime, EtsForm form, EtsParameters p, EtsState state, double[] residuals) {
        double alpha = p.alpha();
        double beta = p.beta();
        double gamma = p.gamma();
        double phi = p.phi();
        double gammaStar = gamma / (1 - alpha);
        int period = form.period();
        boolean seasonal = form.seasonal();
        boolean multiplicative = form.multiplicative();
        boolean keep = residuals.length > 0;
        double level = state.level;
        double trend = state.trend;
        double[] season = state.season;
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double base = level + phi * trend;
            int j = seasonal ? (startTime + t) % period : 0;
            double e;
            if (multiplicative) {
                if (!(base > 0) || !(season[j] > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                double s = season[j];
                e = y[t] - base * s;
                level = base + alpha * e / s;
                trend = phi * trend + beta * e / s;
                if (!(level > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                season[j] = s + gammaStar * (y[t] / level - s);
            } else {
                double s = seasonal ? season[j] : 0;
                e = y[t] - base - s;
                level = base + alpha * e;
                trend = phi * trend + beta * e;
                if (seasonal) {
                    season[j] = s + gamma * e;
                }
            }
            if (keep) {
                residuals[t] = e;
            }
            sse += e * e;
        }
        state.level = level;
        state.trend = trend;
        return Double.isNaN(sse) ? Double.POSITIVE_INFINITY : sse;
    }

    /** The point forecast h weeks after the last of {@code n} observations that left {@code state}. */
    static double pointForecast(EtsForm form, EtsParameters p, EtsState state, int n, int h) {
        double base = state.level + p.trendSteps(h) * state.trend;
        if (!form.seasonal()) {
            return base;
        }
        double s = state.season[(n + h - 1) % form.period()];
        return form.multiplicative() ? base * s : base + s;
    }
}
