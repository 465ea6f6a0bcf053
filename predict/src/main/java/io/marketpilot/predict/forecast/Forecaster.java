package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts a weekly series h weeks ahead with prediction intervals, by exponential smoothing (form chosen as in
 * {@link ExponentialSmoothing}) or one of the baselines.
 *
 * <p>When the history has no negative week (sales, units) the means and bounds are floored at zero: a Gaussian
 * interval around a small mean would otherwise promise negative revenue.
 */
public final class Forecaster {
    /** Fewer weeks leave too few one-step errors after the initial states to size an interval. */
    public static final int MIN_WEEKS = 8;
    /** Ten years of weeks: far beyond what weekly smoothing models can say anything about. */
    public static final int MAX_HORIZON = 520;

    private Forecaster() {}

    /**
     * Forecasts the {@code horizon} weeks after the series' last week.
     *
     * @throws MarketPilotException INVALID_INPUT for a horizon outside 1..520, a series shorter than 8 weeks, or a
     *     seasonality the series is too short or not positive enough for
     */
    public static Forecast forecast(WeeklySeries series, int horizon, ForecastOptions options) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw MarketPilotException.invalid(
                    "forecast horizon must be 1 to " + MAX_HORIZON + " weeks, got " + horizon);
        }
        if (series.size() < MIN_WEEKS) {
            throw MarketPilotException.invalid("series '" + series.key() + "' has " + series.size()
                    + " complete weeks; forecasting needs at least " + MIN_WEEKS);
        }
        return switch (options.method()) {
            case NAIVE -> Baselines.naive(series, horizon, "naive baseline");
            case SEASONAL_NAIVE -> Baselines.seasonalNaive(series, horizon);
            case EXPONENTIAL_SMOOTHING -> smoothing(series, horizon, options);
        };
    }

    private static Forecast smoothing(WeeklySeries series, int horizon, ForecastOptions options) {
        ExponentialSmoothing.Selection selection =
                ExponentialSmoothing.select(series, options.trend(), options.seasonality());
        EtsFit fit = selection.fit();
        double[][] rows = EtsIntervals.predict(fit, horizon, options.seed(), options.simulationPaths());
        List<ForecastPoint> points = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            double[] r = rows[h - 1];
            points.add(new ForecastPoint(series.weekStart(series.size() + h - 1), r[0], r[1], r[2], r[3], r[4]));
        }
        EtsForm form = fit.form();
        Map<String, Double> parameters = new LinkedHashMap<>();
        EtsParameters p = fit.parameters();
        parameters.put("alpha", p.alpha());
        if (form.hasTrend()) {
            parameters.put("beta", p.beta());
        }
        if (form.seasonal()) {
            parameters.put("gamma", p.gamma());
        }
        if (form.damped()) {
            parameters.put("phi", p.phi());
        }
        parameters.put("level", fit.last().level);
        if (form.hasTrend()) {
            parameters.put("trend", fit.last().trend);
        }
        parameters.put("aicc", fit.aicc());
        String name = form.code() + " " + form.classicalName() + (form.seasonal() ? ", period " + form.period() : "");
        ModelDescription model = new ModelDescription(
                "exponential smoothing",
                name,
                parameters,
                Math.sqrt(fit.sigma2()),
                EtsIntervals.method(form, options.simulationPaths()),
                selection.reason());
        return finish(series, model, points);
    }

    static Forecast finish(WeeklySeries series, ModelDescription model, List<ForecastPoint> points) {
        boolean nonNegative = true;
        for (int i = 0; i < series.size(); i++) {
            nonNegative &= series.value(i) >= 0;
        }
        List<ForecastPoint> finished =
                nonNegative ? points.stream().map(ForecastPoint::flooredAtZero).toList() : points;
        return new Forecast(series.key(), model, finished, series);
    }
}
