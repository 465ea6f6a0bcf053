package io.marketpilot.predict.forecast;

import com.google.errorprone.annotations.FormatMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The result of a rolling-origin backtest of one series: the scores of the model and of both baselines.
 *
 * @param firstOrigin the first forecast week of the earliest origin
 * @param lastOrigin the first forecast week of the latest origin
 * @param scale what MASE divides by: the in-sample MAE of seasonal naive (lag 52) or naive (lag 1)
 * @param methods exponential smoothing first, then naive and seasonal naive
 */
public record BacktestReport(
        String seriesKey,
        int weeks,
        int horizon,
        int origins,
        LocalDate firstOrigin,
        LocalDate lastOrigin,
        String scale,
        List<MethodScore> methods) {
    public BacktestReport {
        methods = List.copyOf(methods);
    }

    /** The score of one method by its name; the methods are always the three of {@link ForecastMethod}. */
    @SuppressWarnings("EnumOrdinal") // Backtest scores the methods in ForecastMethod's order, one each
    public MethodScore score(ForecastMethod method) {
        return methods.get(method.ordinal());
    }

    /** A plain-text table for a terminal. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "series %s: %d weeks, horizon %d, %d origins (forecasts from %s to %s), MASE scale: %s",
                seriesKey,
                weeks,
                horizon,
                origins,
                firstOrigin,
                lastOrigin,
                scale);
        line(out, "%-22s %8s %12s %8s %8s  %s", "method", "MASE", "MAE", "cov80", "cov95", "note");
        for (MethodScore m : methods) {
            line(
                    out,
                    "%-22s %8.3f %12.2f %8.3f %8.3f  %s",
                    m.method(),
                    m.mase(),
                    m.mae(),
                    m.coverage80(),
                    m.coverage95(),
                    m.note());
        }
        return out.toString();
    }

    @FormatMethod
    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
