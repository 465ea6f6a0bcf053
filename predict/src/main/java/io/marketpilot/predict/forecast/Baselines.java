package io.marketpilot.predict.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The naive and seasonal naive forecasts a model has to beat, with the textbook intervals of Hyndman and
 * Athanasopoulos (Forecasting: Principles and Practice, table 5.2): naive sd_h = sigma sqrt(h), seasonal naive sd_h =
 * sigma sqrt(k + 1) with k the number of whole years in h - 1, sigma the root mean square of the in-sample one-step
 * (lag-1 or lag-52) differences.
 */
final class Baselines {
    static final int PERIOD = ExponentialSmoothing.PERIOD;
    /** Seasonal naive needs a year plus this many weeks, so that its spread rests on that many yearly differences. */
    static final int SEASONAL_SPREAD_WEEKS = 8;

    private Baselines() {}

    static Forecast naive(WeeklySeries series, int horizon, String selection) {
        double[] y = series.values();
        double sigma = rootMeanSquareDifference(y, 1);
        double last = y[y.length - 1];
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            points.add(ForecastPoint.gaussian(series.weekStart(y.length + h - 1), last, sigma * Math.sqrt(h)));
        }
        ModelDescription model = new ModelDescription(
                "naive",
                "last value",
                Map.of("last", last),
                sigma,
                "analytic Gaussian, sd grows with sqrt(h)",
                selection);
        return Forecaster.finish(series, model, points);
    }

    /** Seasonal naive, or naive with the reason in its description when the series is shorter than a year and 8 weeks. */
    static Forecast seasonalNaive(WeeklySeries series, int horizon) {
        double[] y = series.values();
        int n = y.length;
        if (n < PERIOD + SEASONAL_SPREAD_WEEKS) {
            return naive(
                    series,
                    horizon,
                    "seasonal naive fell back to naive: " + n + " weeks < " + (PERIOD + SEASONAL_SPREAD_WEEKS)
                            + " (a year plus " + SEASONAL_SPREAD_WEEKS + " weeks to estimate its spread)");
        }
        double sigma = rootMeanSquareDifference(y, PERIOD);
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            int years = (h - 1) / PERIOD;
            double value = y[n + h - 1 - PERIOD * (years + 1)];
            points.add(ForecastPoint.gaussian(series.weekStart(n + h - 1), value, sigma * Math.sqrt(years + 1)));
        }
        ModelDescription model = new ModelDescription(
                "seasonal naive",
                "value 52 weeks earlier",
                Map.of(),
                sigma,
                "analytic Gaussian, sd grows with sqrt(whole years ahead + 1)",
                "seasonal naive: " + n + " weeks");
        return Forecaster.finish(series, model, points);
    }

    /** Root mean square of y_t - y_{t-lag}; the in-sample one-step error of the matching naive forecast. */
    static double rootMeanSquareDifference(double[] y, int lag) {
        double sum = 0;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            sum += d * d;
        }
        return Math.sqrt(sum / (y.length - lag));
    }
}
