package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolling-origin evaluation: at each origin every method is fitted on the weeks before it only, forecasts the next h
 * weeks, and is scored against what happened.
 *
 * <p>Origins step one week at a time and end at the last week that still has h actual weeks after it, so every origin
 * contributes h errors and the scored weeks are the last origins + h - 1 of the series. The model is re-chosen at
 * every origin, because the automatic choice is part of the method being tested.
 *
 * <p>MASE follows Hyndman and Koehler (2006): each absolute error is divided by the in-sample MAE of the seasonal
 * naive forecast (y_t - y_{t-52}) at that origin when the training weeks span two full years, the length at which
 * the model turns seasonal, and of the naive forecast (y_t - y_{t-1}) otherwise; the scaled errors are averaged over
 * all origins and horizons. Below 1 beats the in-sample one-step baseline.
 */
public final class Backtest {
    private Backtest() {}

    /**
     * Backtests exponential smoothing (as configured by {@code options}), naive and seasonal naive.
     *
     * @throws MarketPilotException INVALID_INPUT when the series is too short for the origins and horizon, or a
     *     training window does not change at all, leaving MASE undefined
     */
    public static BacktestReport run(WeeklySeries series, int horizon, int origins, ForecastOptions options) {
        if (horizon < 1 || horizon > Forecaster.MAX_HORIZON) {
            throw MarketPilotException.invalid(
                    "backtest horizon must be 1 to " + Forecaster.MAX_HORIZON + " weeks, got " + horizon);
        }
        if (origins < 1) {
            throw MarketPilotException.invalid("backtest needs at least one origin, got " + origins);
        }
        int n = series.size();
        int first = n - horizon - origins + 1;
        if (first < Forecaster.MIN_WEEKS) {
            throw MarketPilotException.invalid("series '" + series.key() + "' has " + n + " weeks; " + origins
                    + " origins with horizon " + horizon + " need at least "
                    + (Forecaster.MIN_WEEKS + horizon + origins - 1));
        }
        double[] y = series.values();
        ForecastMethod[] methods = ForecastMethod.values();
        Tally[] tallies = new Tally[methods.length];
        for (int m = 0; m < methods.length; m++) {
            tallies[m] = new Tally();
        }
        boolean allSeasonalScale = true;
        boolean anySeasonalScale = false;
        for (int origin = first; origin <= n - horizon; origin++) {
            boolean seasonalScale = origin >= ExponentialSmoothing.SEASONAL_MIN_WEEKS;
            allSeasonalScale &= seasonalScale;
            anySeasonalScale |= seasonalScale;
            double scale = scale(y, origin, seasonalScale ? ExponentialSmoothing.PERIOD : 1);
            if (!(scale > 0)) {
                throw MarketPilotException.invalid("series '" + series.key() + "' does not change in the " + origin
                        + " weeks before " + series.weekStart(origin) + "; MASE is undefined there");
            }
            WeeklySeries training = series.head(origin);
            for (int m = 0; m < methods.length; m++) {
                Forecast f = Forecaster.forecast(training, horizon, options.withMethod(methods[m]));
                tallies[m].add(f, y, origin, scale);
            }
        }
        List<MethodScore> scores = new ArrayList<>(methods.length);
        for (int m = 0; m < methods.length; m++) {
            scores.add(tallies[m].score(methodName(methods[m])));
        }
        String scale = allSeasonalScale
                ? "seasonal naive in-sample MAE (lag 52)"
                : anySeasonalScale
                        ? "naive in-sample MAE (lag 1) before 104 training weeks, seasonal naive (lag 52) after"
                        : "naive in-sample MAE (lag 1)";
        return new BacktestReport(
                series.key(),
                n,
                horizon,
                origins,
                series.weekStart(first),
                series.weekStart(n - horizon),
                scale,
                scores);
    }

    static String methodName(ForecastMethod method) {
        return switch (method) {
            case EXPONENTIAL_SMOOTHING -> "exponential smoothing";
            case NAIVE -> "naive";
            case SEASONAL_NAIVE -> "seasonal naive";
        };
    }

    /** In-sample MAE of the lag-{@code lag} naive forecast over the first {@code n} weeks. */
    static double scale(double[] y, int n, int lag) {
        double sum = 0;
        for (int t = lag; t < n; t++) {
            sum += Math.abs(y[t] - y[t - lag]);
        }
        return sum / (n - lag);
    }

    /** Running sums of one method's errors and the forms or fallbacks it used. */
    private static final class Tally {
        double absolute;
        double scaled;
        int inside80;
        int inside95;
        int count;
        int origins;
        final Map<String, Integer> forms = new TreeMap<>();

        void add(Forecast f, double[] y, int origin, double scale) {
            origins++;
            String form = f.model().method().equals("exponential smoothing")
                    ? f.model().form().split(" ", 2)[0]
                    : f.model().method();
            forms.merge(form, 1, Integer::sum);
            List<ForecastPoint> points = f.points();
            for (int h = 0; h < points.size(); h++) {
                ForecastPoint p = points.get(h);
                double actual = y[origin + h];
                double error = Math.abs(actual - p.mean());
                absolute += error;
                scaled += error / scale;
                inside80 += p.covers80(actual) ? 1 : 0;
                inside95 += p.covers95(actual) ? 1 : 0;
                count++;
            }
        }

        MethodScore score(String method) {
            String note;
            if (method.equals("seasonal naive")) {
                int fallbacks = forms.getOrDefault("naive", 0);
                note = fallbacks == 0 ? "" : "fell back to naive at " + fallbacks + " of " + origins + " origins";
            } else if (method.equals("naive")) {
                note = "";
            } else {
                StringBuilder chosen = new StringBuilder("chose");
                forms.forEach((form, k) -> chosen.append(chosen.length() > 5 ? ", " : " ")
                        .append(form)
                        .append(" x")
                        .append(k));
                note = chosen.toString();
            }
            return new MethodScore(
                    method,
                    scaled / count,
                    absolute / count,
                    (double) inside80 / count,
                    (double) inside95 / count,
                    origins,
                    count,
                    note);
        }
    }
}
