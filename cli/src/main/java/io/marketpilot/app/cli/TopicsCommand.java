package io.marketpilot.app.cli;

import io.marketpilot.app.insight.ListeningJson;
import io.marketpilot.app.insight.ListeningModels;
import io.marketpilot.app.insight.TextRows;
import io.marketpilot.app.insight.TopicClustering;
import io.marketpilot.app.services.Services;
import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marketpilot topics}: clusters review embeddings into topics named by their key phrases, from a file of
 * texts or from the stored reviews.
 */
@Command(
        name = "topics",
        description = "Topics of texts (a file, or the stored reviews): k-means over bge-small embeddings per"
                + " language, named by key phrases, with size, share, mean sentiment and examples.")
public final class TopicsCommand implements Callable<Integer> {
    @Option(names = "--input", description = "CSV/TSV/JSONL or plain-text file (- for stdin); default: stored reviews")
    @Nullable
    String input;

    @Option(names = "--text-column", defaultValue = "text")
    String textColumn;

    @Option(names = "--k", description = "Number of topics per language (default: chosen by silhouette, 2 to 8)")
    @Nullable
    Integer k;

    @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
    String format;

    @Mixin
    StoreOptions store;

    @Mixin
    ReviewFilterOptions filter;

    @Override
    public Integer call() throws IOException {
        if (input == null) {
            try (Services app = store.open()) {
                app.reviewAnalysis.analyzePending();
                print(app.listening.topics(filter.filter(), Optional.ofNullable(k)));
            }
            return 0;
        }
        List<TextRows.TextRow> rows = SentimentCommand.read(input, textColumn, null, null);
        EmbeddingSentimentService models = new ListeningModels().embedding();
        Map<String, Object> out = new LinkedHashMap<>();
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
                List<String> texts = rows.stream()
                        .map(TextRows.TextRow::text)
                        .filter(t -> t != null && !t.isBlank() && t.length() <= 1_000_000)
                        .filter(t -> models.languageOf(t) == language)
                        .toList();
                if (texts.isEmpty()) {
                    continue;
                }
                List<float[]> vectors = new ArrayList<>();
                for (int from = 0; from < texts.size(); from += 64) {
                    vectors.addAll(models.scorerFor(language)
                            .embedder()
                            .embedAll(texts.subList(from, Math.min(texts.size(), from + 64))));
                }
                double[] sentiment = new double[texts.size()];
                for (int i = 0; i < sentiment.length; i++) {
                    sentiment[i] = models.scoreVector(language, vectors.get(i)).score();
                }
                TopicClustering.cluster(texts, sentiment, vectors, language, Optional.ofNullable(k), analyzer)
                        .ifPresent(r -> out.put(
                                language.code(),
                                Map.of(
                                        "k",
                                        r.k(),
                                        "topics",
                                        r.topics().stream()
                                                .map(ListeningJson::topic)
                                                .toList())));
            }
        }
        print(out);
        return 0;
    }

    private void print(Map<String, Object> byLanguage) {
        if (format.equals("json")) {
            Output.json(byLanguage, System.out);
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byLanguage.forEach((language, value) -> {
            for (Map<String, Object> m : topicsOf(value)) {
                Map<String, Object> row = new LinkedHashMap<>();
                {
                    row.put("language", language);
                    row.put("topic", m.get("id"));
                    row.put("name", m.get("name"));
                    row.put("size", m.get("size"));
                    row.put("share", String.format(Locale.ROOT, "%.3f", (Double) m.get("share")));
                    Object mean = m.get("meanSentiment");
                    row.put("mean_sentiment", mean == null ? "" : String.format(Locale.ROOT, "%.3f", (Double) mean));
                    row.put(
                            "example",
                            m.get("examples") instanceof List<?> examples && !examples.isEmpty()
                                    ? examples.get(0)
                                    : "");
                }
                rows.add(row);
            }
        });
        Output.rows(rows, format, System.out);
    }

    /** One language's topics in the view, each as ListeningJson writes it. */
    // the view is JSON-shaped: per language a map whose "topics" is a list of maps with string keys
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> topicsOf(Object perLanguage) {
        return (List<Map<String, Object>>) ((Map<String, Object>) perLanguage).getOrDefault("topics", List.of());
    }
}
