package io.marketpilot.app.cli;

import io.marketpilot.app.insight.Forecasts;
import io.marketpilot.predict.forecast.ForecastPoint;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot forecast}: weekly revenue forecasts with prediction intervals, and their backtest. */
@Command(
        name = "forecast",
        description =
                "Weekly net revenue forecast with 80/95 %% intervals (exponential smoothing), with a rolling-origin backtest against naive baselines.")
public final class ForecastCommand implements Callable<Integer> {
    @Mixin
    OrderSource orders;

    @Option(names = "--by", defaultValue = "total", description = "total | category | segment")
    String by;

    @Option(names = "--horizon", defaultValue = "12", description = "Weeks ahead (default ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--backtest", defaultValue = "0", description = "Rolling origins to backtest over (0: none)")
    int origins;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Override
    public Integer call() {
        var loaded = orders.loadWithProducts();
        var results = Forecasts.run(loaded.orders(), loaded.products(), by, segmentsIfNeeded(), horizon, origins);
        if (format.equals("json")) {
            Output.json(
                    Map.of(
                            "by",
                            by,
                            "horizon",
                            horizon,
                            "series",
                            results.stream().map(Forecasts::toMap).toList()),
                    System.out);
            return 0;
        }
        for (var r : results) {
            var f = r.forecast();
            System.out.printf(
                    Locale.ROOT,
                    "%s — %s (%s)%n",
                    f.seriesKey(),
                    f.model().form(),
                    f.model().selection());
            for (ForecastPoint p : f.points()) {
                System.out.printf(
                        Locale.ROOT,
                        "  %s  %12.2f   80%% [%.2f, %.2f]   95%% [%.2f, %.2f]%n",
                        p.weekStart(),
                        p.mean(),
                        p.lo80(),
                        p.hi80(),
                        p.lo95(),
                        p.hi95());
            }
            r.backtest().ifPresent(b -> System.out.println(b.toTable()));
        }
        return 0;
    }

    /** Segment names of the store's latest segmentation run, read only when forecasting by segment. */
    private Map<String, String> segmentsIfNeeded() {
        if (!by.equals("segment")) {
            return Map.of();
        }
        try (var app = orders.store.open()) {
            return app.segments.latestNames();
        }
    }
}
