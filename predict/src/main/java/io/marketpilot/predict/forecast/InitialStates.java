package io.marketpilot.predict.forecast;

import java.util.Optional;

/**
 * The heuristic initial states of an exponential smoothing fit, after the "simple" method of Hyndman et al. (2008,
 * section 2.6.1) with windows sized for weekly data; the fit then optimises only the smoothing parameters.
 *
 * <ul>
 *   <li>Non-seasonal: a least-squares line through the first 13 weeks (a quarter; fewer if the series is shorter).
 *       Its value one week before the first gives the level and its slope the trend; without trend the level is the
 *       mean of those weeks.
 *   <li>Seasonal: a centred 2x52 moving average over all complete years estimates the trend-cycle; the seasonal
 *       states are the average deviations (additive) or ratios (multiplicative) from it by week of the year,
 *       normalised to sum 0 or average 1. A line through the moving average gives the level and trend; without
 *       trend the level is the moving average's first value. Averaging over every complete year, not only the
 *       first, matters for weekly data: one noisy year would freeze its noise into the seasonal profile.
 * </ul>
 */
final class InitialStates {
    static final int NON_SEASONAL_WINDOW = 13;

    private InitialStates() {}

    /** The initial states, or empty when the multiplicative form does not apply (a trend-cycle value at or below 0). */
    static Optional<EtsState> of(double[] y, EtsForm form) {
        return form.seasonal() ? seasonal(y, form) : Optional.of(nonSeasonal(y, form));
    }

    private static EtsState nonSeasonal(double[] y, EtsForm form) {
        int n = Math.min(y.length, NON_SEASONAL_WINDOW);
        double[] line = line(y, 0, n);
        if (!form.hasTrend()) {
            return new EtsState(line[2], 0, new double[0]);
        }
        return new EtsState(line[0] - line[1], line[1], new double[0]);
    }

    private static Optional<EtsState> seasonal(double[] y, EtsForm form) {
        int m = form.period();
        int length = y.length / m * m;
        int half = m / 2;
        // centred moving average: a 2 x m average for even m (half weights at both ends), a plain m average for odd m
        int first = half;
        int last = length - 1 - half;
        double[] ma = new double[last - first + 1];
        for (int t = first; t <= last; t++) {
            double sum = 0;
            if (m % 2 == 0) {
                sum = 0.5 * (y[t - half] + y[t + half]);
                for (int i = t - half + 1; i < t + half; i++) {
                    sum += y[i];
                }
            } else {
                for (int i = t - half; i <= t + half; i++) {
                    sum += y[i];
                }
            }
            ma[t - first] = sum / m;
        }
        boolean multiplicative = form.multiplicative();
        double[] season = new double[m];
        int[] count = new int[m];
        for (int t = first; t <= last; t++) {
            double trendCycle = ma[t - first];
            if (multiplicative && !(trendCycle > 0)) {
                return Optional.empty();
            }
            season[t % m] += multiplicative ? y[t] / trendCycle : y[t] - trendCycle;
            count[t % m]++;
        }
        double mean = 0;
        for (int j = 0; j < m; j++) {
            season[j] /= count[j];
            mean += season[j] / m;
        }
        for (int j = 0; j < m; j++) {
            season[j] = multiplicative ? season[j] / mean : season[j] - mean;
        }
        if (!form.hasTrend()) {
            return Optional.of(new EtsState(ma[0], 0, season));
        }
        double[] line = line(ma, first, ma.length);
        return Optional.of(new EtsState(line[0] - line[1], line[1], season));
    }

    /**
     * The least-squares line through the first {@code n} values of {@code v}, value i taken at time {@code offset +
     * i}: {intercept at time 0, slope, mean}.
     */
    private static double[] line(double[] v, int offset, int n) {
        double meanT = offset + (n - 1) / 2.0;
        double meanV = 0;
        for (int i = 0; i < n; i++) {
            meanV += v[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dt = offset + i - meanT;
            sxy += dt * (v[i] - meanV);
            sxx += dt * dt;
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        return new double[] {meanV - slope * meanT, slope, meanV};
    }
}
