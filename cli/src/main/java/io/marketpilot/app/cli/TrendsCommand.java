package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.trends.Granularity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot trends}: volume and sentiment per topic or aspect per period, with rising/drop flags. */
@Command(
        name = "trends",
        description = "Volume and mean sentiment of stored reviews per topic or aspect per week or month; flags"
                + " rising topics and sentiment drops (z-score against the trailing window).")
public final class TrendsCommand implements Callable<Integer> {
    @Option(names = "--by", defaultValue = "topic", description = "topic | aspect")
    String by;

    @Option(names = "--period", defaultValue = "month", description = "week | month")
    String period;

    @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
    String format;

    @Option(names = "--k", description = "With --by topic: topics per language (default: chosen by silhouette)")
    @Nullable
    Integer k;

    @Option(names = "--flags-only", description = "Print only the flagged periods")
    boolean flagsOnly;

    @Mixin
    StoreOptions store;

    @Mixin
    ReviewFilterOptions filter;

    @Override
    public Integer call() {
        if (!by.equals("topic") && !by.equals("aspect")) {
            throw MarketPilotException.invalid("--by must be topic or aspect, not '" + by + "'");
        }
        Granularity granularity = Granularity.parse(period);
        try (Services app = store.open()) {
            app.reviewAnalysis.analyzePending();
            Map<String, Object> trends =
                    app.listening.trends(filter.filter(), granularity, by, java.util.Optional.ofNullable(k));
            if (format.equals("json")) {
                Output.json(trends, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            if (flagsOnly) {
                rows.addAll(rowsAt(trends, "flags"));
            } else {
                for (Map<String, Object> s : rowsAt(trends, "series")) {
                    List<Map<String, Object>> flags = rowsAt(s, "flags");
                    for (Map<String, Object> p : rowsAt(s, "points")) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("key", s.get("key"));
                        row.putAll(p);
                        row.put(
                                "flag",
                                flags.stream()
                                        .filter(f -> Objects.equals(f.get("period"), p.get("period")))
                                        .map(f -> f.get("kind"))
                                        .findFirst()
                                        .orElse(""));
                        rows.add(row);
                    }
                }
            }
            System.err.println("rule: " + trends.get("rule"));
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    /** A list in the trends view (flags, series, points), empty when the view has none. */
    // the view is JSON-shaped, as ListeningInsights builds it: its lists hold maps with string keys
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rowsAt(Map<String, Object> view, String key) {
        return (List<Map<String, Object>>) view.getOrDefault(key, List.of());
    }
}
