package io.marketpilot.benchmarks.eval;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.predict.forecast.Backtest;
import io.marketpilot.predict.forecast.ForecastOptions;
import io.marketpilot.predict.forecast.Forecaster;
import io.marketpilot.predict.forecast.ModelDescription;
import io.marketpilot.predict.forecast.Sale;
import io.marketpilot.predict.forecast.SalesColumns;
import io.marketpilot.predict.forecast.SalesCsv;
import io.marketpilot.predict.forecast.WeeklyAggregation;
import io.marketpilot.predict.forecast.WeeklySeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backtests weekly forecasts of a sales file and prints one table per series: the total, and each value of the
 * series column when one is named.
 *
 * <p>The CDNOW orders layout and the generic {@code date,amount[,series]} layout are told apart by the header; {@code
 * --date=COL --amount=COL [--series=COL] [--date-format=M/d/yyyy]} reads any other. {@code bin/marketpilot forecast
 * --backtest} runs the same backtest from the application.
 */
public final class ForecastEvaluationMain {
    static final int DEFAULT_HORIZON = 8;
    static final int DEFAULT_ORIGINS = 26;
    private static final Set<String> OPTIONS =
            Set.of("horizon", "origins", "seed", "date", "amount", "series", "date-format");

    static final String USAGE = "usage: ForecastEvaluationMain <sales.csv> [--horizon=8] [--origins=26] [--seed=N]"
            + " [--date=COL --amount=COL [--series=COL] [--date-format=yyyy-MM-dd]]";

    private ForecastEvaluationMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, ForecastEvaluationMain::run);
    }

    static String run(String[] args) {
        return evaluate(Path.of(args[0]), options(args));
    }

    /** Reads, aggregates and backtests every series of the file; the report as text. */
    static String evaluate(Path path, Map<String, String> options) {
        int horizon = integer(options, "horizon", DEFAULT_HORIZON);
        int origins = integer(options, "origins", DEFAULT_ORIGINS);
        ForecastOptions forecastOptions = ForecastOptions.defaults().withSeed(seed(options));
        List<Sale> sales = read(path, options);
        List<Sale> all = new ArrayList<>(sales);
        if (sales.stream().anyMatch(s -> !s.seriesKey().equals(SalesColumns.TOTAL))) {
            for (Sale s : sales) {
                all.add(new Sale(SalesColumns.TOTAL, s.date(), s.amount()));
            }
        }
        List<WeeklySeries> series = WeeklyAggregation.aggregate(all);
        StringBuilder out = new StringBuilder();
        WeeklySeries any = series.getFirst();
        out.append(String.format(
                Locale.ROOT,
                "%s: %d rows, %d complete ISO weeks %s to %s (partial first and last weeks dropped)%n",
                path,
                sales.size(),
                any.size(),
                any.firstWeek(),
                any.weekStart(any.size() - 1)));
        // the total first, then the other series by key
        series = new ArrayList<>(series);
        series.sort((a, b) -> Boolean.compare(!isTotal(a), !isTotal(b)));
        for (WeeklySeries s : series) {
            out.append('\n');
            try {
                out.append(Backtest.run(s, horizon, origins, forecastOptions).toTable());
                ModelDescription model =
                        Forecaster.forecast(s, horizon, forecastOptions).model();
                out.append(String.format(
                        Locale.ROOT,
                        "model on all %d weeks: %s %s, residual sd %.2f; %s%n",
                        s.size(),
                        model.form(),
                        format(model.parameters()),
                        model.residualSd(),
                        model.selection()));
            } catch (MarketPilotException e) {
                // one short or flat category should not hide the tables of the others; the reason is printed
                out.append("series ")
                        .append(s.key())
                        .append(": not evaluated: ")
                        .append(e.getMessage());
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isTotal(WeeklySeries s) {
        return s.key().equals(SalesColumns.TOTAL);
    }

    private static List<Sale> read(Path path, Map<String, String> options) {
        boolean explicit = options.containsKey("date") || options.containsKey("amount");
        List<String> header = SalesCsv.header(path);
        if (!explicit && header.containsAll(List.of("customer_id", "order_date", "amount"))) {
            return SalesCsv.readOrders(path);
        }
        SalesColumns columns = explicit
                ? new SalesColumns(
                        options.getOrDefault("date", "date"),
                        options.getOrDefault("amount", "amount"),
                        Optional.ofNullable(options.get("series")),
                        options.getOrDefault("date-format", "yyyy-MM-dd"))
                : SalesColumns.generic(header.contains("series"));
        return SalesCsv.read(path, columns);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
            if (!OPTIONS.contains(name)) {
                throw MarketPilotException.invalid("unknown argument '" + a + "'; options are --"
                        + String.join("=, --", OPTIONS.stream().sorted().toList()) + "=");
            }
            options.put(name, a.substring(eq + 1));
        }
        return options;
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("--" + name + " must be an integer, got '" + value + "'");
        }
    }

    private static long seed(Map<String, String> options) {
        String value = options.get("seed");
        if (value == null) {
            return ForecastOptions.DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("--seed must be an integer, got '" + value + "'");
        }
    }

    private static String format(Map<String, Double> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ")
                .append(k)
                .append('=')
                .append(String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4f", v)));
        return out.toString();
    }
}
