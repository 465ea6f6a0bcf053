package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.predict.forecast.Backtest;
import io.marketpilot.predict.forecast.BacktestReport;
import io.marketpilot.predict.forecast.Forecast;
import io.marketpilot.predict.forecast.ForecastOptions;
import io.marketpilot.predict.forecast.Forecaster;
import io.marketpilot.predict.forecast.Sale;
import io.marketpilot.predict.forecast.WeeklyAggregation;
import io.marketpilot.predict.forecast.WeeklySeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Weekly net revenue forecasts from orders: for the total, per product category, or per customer segment (a map
 * the caller supplies), each with its backtest when asked.
 */
public final class Forecasts {
    /** One series' forecast and, optionally, its rolling-origin backtest. */
    public record Result(Forecast forecast, Optional<BacktestReport> backtest) {}

    private Forecasts() {}

    /**
     * Forecasts every series of the kind {@code by} asks for, from the orders.
     *
     * @param by total, category or segment
     * @param segments customer → segment name, needed to forecast by segment
     * @param origins backtest origins, 0 for none
     */
    public static List<Result> run(
            List<Order> orders,
            List<Product> products,
            String by,
            Map<String, String> segments,
            int horizon,
            int origins) {
        return run(DailySales.of(orders, products), by, segments, horizon, origins);
    }

    /** The same over sales already summed per day (what the server keeps between changes of the orders). */
    public static List<Result> run(
            DailySales daily, String by, Map<String, String> segments, int horizon, int origins) {
        if (daily.isEmpty()) {
            throw MarketPilotException.invalid("No sales to forecast");
        }
        List<Sale> sales = sales(daily, by, segments);
        List<Result> results = new ArrayList<>();
        for (WeeklySeries series : UserInput.check(() -> WeeklyAggregation.aggregate(
                sales, daily.firstDay().orElseThrow(), daily.lastDay().orElseThrow()))) {
            Forecast f = UserInput.check(() -> Forecaster.forecast(series, horizon, ForecastOptions.defaults()));
            Optional<BacktestReport> bt = origins <= 0
                    ? Optional.empty()
                    : Optional.of(
                            UserInput.check(() -> Backtest.run(series, horizon, origins, ForecastOptions.defaults())));
            results.add(new Result(f, bt));
        }
        return results;
    }

    private static List<Sale> sales(DailySales daily, String by, Map<String, String> segments) {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "total" -> daily.total();
            case "category" -> daily.byCategory();
            case "segment" -> {
                if (segments.isEmpty()) {
                    throw MarketPilotException.invalid("No segments yet: run 'marketpilot segment' first");
                }
                yield daily.bySegment(segments);
            }
            default -> throw MarketPilotException.invalid("--by must be total, category or segment, not '" + by + "'");
        };
    }

    /** A JSON-ready view of one result. */
    public static Map<String, Object> toMap(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Forecast f = r.forecast();
        m.put("key", f.seriesKey());
        m.put("model", f.model());
        List<Map<String, Object>> history = new ArrayList<>();
        WeeklySeries h = f.history();
        for (int w = 0; w < h.size(); w++) {
            history.add(Map.of("week", h.weekStart(w).toString(), "actual", h.value(w)));
        }
        m.put("history", history);
        m.put("forecast", f.points());
        r.backtest().ifPresent(b -> m.put("backtest", b));
        return m;
    }
}
