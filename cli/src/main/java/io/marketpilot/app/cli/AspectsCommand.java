package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot aspects}: what stored reviews talk about (learned from them) and the sentiment towards each. */
@Command(
        name = "aspects",
        description = "Aspects of the stored reviews (frequent non-opinion words, per language) with clause-level"
                + " sentiment towards each; also keywords and key phrases with --keywords.")
public final class AspectsCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
    String format;

    @Option(names = "--keywords", description = "Print TF-IDF keywords and RAKE key phrases instead")
    boolean keywords;

    @Option(names = "--by", defaultValue = "all", description = "With --keywords: all | product | segment")
    String groupBy;

    @Mixin
    StoreOptions store;

    @Mixin
    ReviewFilterOptions filter;

    @Override
    public Integer call() {
        try (Services app = store.open()) {
            app.reviewAnalysis.analyzePending();
            if (keywords) {
                if (!List.of("all", "product", "segment").contains(groupBy)) {
                    throw io.marketpilot.core.MarketPilotException.invalid(
                            "--by must be all, product or segment, not '" + groupBy + "'");
                }
                Output.json(app.listening.keywords(filter.filter(), groupBy, 15), System.out);
                return 0;
            }
            Map<String, Object> aspects = app.listening.aspects(filter.filter());
            if (format.equals("json")) {
                Output.json(aspects, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            aspects.forEach((language, list) -> {
                for (Map<String, Object> a : aspectsOf(list)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("language", language);
                    row.put("aspect", a.get("text"));
                    row.put("reviews", a.get("reviews"));
                    row.put("mean_sentiment", String.format(java.util.Locale.ROOT, "%.3f", (Double)
                            a.get("meanSentiment")));
                    row.put("positive", a.get("positive"));
                    row.put("negative", a.get("negative"));
                    row.put("most_negative", a.get("mostNegative") == null ? "" : a.get("mostNegative"));
                    rows.add(row);
                }
            });
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    /** One language's aspects in the view, each as ListeningJson writes it. */
    // the view is JSON-shaped: per language a list of maps with string keys
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> aspectsOf(Object perLanguage) {
        return (List<Map<String, Object>>) perLanguage;
    }
}
