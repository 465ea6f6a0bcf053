package io.marketpilot.app.insight;

import io.marketpilot.core.store.ReviewFilter;
import io.marketpilot.core.store.ReviewListening;
import io.marketpilot.text.aspects.AspectExtractor;
import io.marketpilot.text.aspects.ScoredClause;
import io.marketpilot.text.keywords.AnalyzedCorpus;
import io.marketpilot.text.keywords.KeywordExtractor;
import io.marketpilot.text.keywords.RakePhrases;
import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.trends.Granularity;
import io.marketpilot.text.trends.Observation;
import io.marketpilot.text.trends.TrendDetector;
import io.marketpilot.text.trends.TrendSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Keywords, topics, aspects and trends of the stored reviews, per language (the two embedding spaces and the two
 * analysers differ), computed from the persisted embeddings, sentiment and clause scores: no model runs here. Results are cached until the pipeline stores more.
 */
public final class ListeningInsights {
    public static final int ASPECTS = 12;
    private static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.CHINESE);

    private final ReviewListening store;
    private final ReviewAnalysis analysis;
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final io.marketpilot.text.sentiment.vader.VaderLexicon lexicon =
            io.marketpilot.text.sentiment.vader.VaderLexicon.fromClasspath();
    private volatile long cachedVersion = -1;

    public ListeningInsights(ReviewListening store, ReviewAnalysis analysis) {
        this.store = store;
        this.analysis = analysis;
    }

    /** Topics per language: {@code {language: {k, method, silhouette, topics: [...]}}}. */
    public Map<String, Object> topics(ReviewFilter filter, Optional<Integer> k) {
        return cached("topics" + filter + k, () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Language language : LANGUAGES) {
                List<ReviewListening.Row> rows = rows(filter, language).stream()
                        .filter(r -> r.vector().length > 0)
                        .toList();
                double[] sentiment = rows.stream()
                        .mapToDouble(ReviewListening.Row::sentiment)
                        .toArray();
                TopicClustering.cluster(
                                rows.stream().map(ReviewListening.Row::text).toList(),
                                sentiment,
                                rows.stream().map(ReviewListening.Row::vector).toList(),
                                language,
                                k,
                                analyzer)
                        .ifPresent(result -> out.put(language.code(), topicJson(result, rows)));
            }
            return out;
        });
    }

    /** Aspects per language with the sentiment towards each. */
    public Map<String, Object> aspects(ReviewFilter filter) {
        return cached("aspects" + filter, () -> {
            Map<String, List<ReviewListening.Clause>> clauses = store.clauses(filter);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Language language : LANGUAGES) {
                List<ReviewListening.Row> rows = rows(filter, language);
                var result = aspectResult(rows, clauses, language);
                out.put(language.code(), ListeningJson.aspects(result.aspects()));
            }
            return out;
        });
    }

    /**
     * Volume and mean sentiment per topic or aspect per period, with the flags of {@link TrendDetector}; {@code by}
     * is {@code topic} or {@code aspect}.
     */
    public Map<String, Object> trends(ReviewFilter filter, Granularity period, String by, Optional<Integer> k) {
        return cached("trends" + filter + period + by + k, () -> {
            List<Observation> observations = new ArrayList<>();
            if (by.equals("aspect")) {
                Map<String, List<ReviewListening.Clause>> clauses = store.clauses(filter);
                for (Language language : LANGUAGES) {
                    List<ReviewListening.Row> rows = rows(filter, language);
                    var result = aspectResult(rows, clauses, language);
                    result.mentions()
                            .forEach(m -> observations.add(new Observation(
                                    m.aspect(), rows.get(m.review()).createdAt().toLocalDate(), m.score())));
                }
            } else {
                for (Language language : LANGUAGES) {
                    List<ReviewListening.Row> rows = rows(filter, language).stream()
                            .filter(r -> r.vector().length > 0)
                            .toList();
                    TopicClustering.cluster(
                                    rows.stream().map(ReviewListening.Row::text).toList(),
                                    rows.stream()
                                            .mapToDouble(ReviewListening.Row::sentiment)
                                            .toArray(),
                                    rows.stream()
                                            .map(ReviewListening.Row::vector)
                                            .toList(),
                                    language,
                                    k,
                                    analyzer)
                            .ifPresent(result -> result.topics().forEach(t -> t.members()
                                    .forEach(i -> observations.add(new Observation(
                                            language.code() + ": " + t.name(),
                                            rows.get(i).createdAt().toLocalDate(),
                                            rows.get(i).sentiment())))));
                }
            }
            List<TrendSeries> series = new TrendDetector(period).detect(observations);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("period", period.name().toLowerCase(java.util.Locale.ROOT));
            out.put("by", by);
            out.put(
                    "rule",
                    "flag when the period's z-score against the trailing " + TrendDetector.WINDOW
                            + " periods (at least " + TrendDetector.MIN_HISTORY + ") is >= " + TrendDetector.Z
                            + " for volume (sd floored at " + TrendDetector.VOLUME_SD_FLOOR + ") or <= -"
                            + TrendDetector.Z + " for mean sentiment (sd floored at "
                            + TrendDetector.SENTIMENT_SD_FLOOR + "), with at least " + TrendDetector.MIN_VOLUME
                            + " mentions");
            out.put("series", series.stream().map(ListeningJson::series).toList());
            out.put(
                    "flags",
                    series.stream()
                            .flatMap(s -> s.flags().stream())
                            .sorted((a, b) -> b.period().compareTo(a.period()))
                            .map(ListeningJson::flag)
                            .toList());
            return out;
        });
    }

    /** Keywords and key phrases per language, for the whole filtered corpus, per product or per segment. */
    public Map<String, Object> keywords(ReviewFilter filter, String groupBy, int limit) {
        return cached("keywords" + filter + groupBy + limit, () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Language language : LANGUAGES) {
                List<ReviewListening.Row> rows = rows(filter, language);
                if (rows.isEmpty()) {
                    continue;
                }
                AnalyzedCorpus corpus = AnalyzedCorpus.of(
                        rows.stream().map(ReviewListening.Row::text).toList(), analyzer);
                Map<String, List<Integer>> groups = new java.util.TreeMap<>();
                Map<String, Integer> segments = groupBy.equals("segment") ? store.latestSegments() : Map.of();
                for (int i = 0; i < rows.size(); i++) {
                    String customer = rows.get(i).customerId();
                    String key =
                            switch (groupBy) {
                                case "product" ->
                                    Optional.ofNullable(rows.get(i).productId()).orElse("(none)");
                                case "segment" ->
                                    customer != null && segments.containsKey(customer)
                                            ? "segment " + segments.get(customer)
                                            : "(no segment)";
                                default -> "all";
                            };
                    groups.computeIfAbsent(key, g -> new ArrayList<>()).add(i);
                }
                Map<String, Object> perGroup = new LinkedHashMap<>();
                groups.forEach((key, docs) -> {
                    int minDocs = Math.max(2, docs.size() / 100);
                    perGroup.put(
                            key,
                            Map.of(
                                    "reviews", docs.size(),
                                    "keywords", new KeywordExtractor(corpus).keywords(docs, limit, minDocs),
                                    "phrases", new RakePhrases(corpus).phrases(docs, limit, minDocs, language)));
                });
                out.put(language.code(), perGroup);
            }
            return out;
        });
    }

    /** Reviews per emotion for the filter. */
    public List<ReviewListening.EmotionCount> emotions(ReviewFilter filter) {
        return store.emotionCounts(filter);
    }

    private AspectExtractor.Result aspectResult(
            List<ReviewListening.Row> rows, Map<String, List<ReviewListening.Clause>> clauses, Language language) {
        List<List<ScoredClause>> scored = new ArrayList<>();
        for (ReviewListening.Row r : rows) {
            scored.add(clauses.getOrDefault(r.id(), List.of()).stream()
                    .map(c -> new ScoredClause(c.text(), c.score()))
                    .toList());
        }
        int minReviews = Math.max(3, rows.size() / 100);
        return new AspectExtractor(analyzer, opinionTest(language)).extract(scored, language, ASPECTS, minReviews);
    }

    /**
     * Which words carry sentiment of their own and so are opinions rather than aspects, beyond what the data shows
     * (see {@link AspectExtractor}): for English the VADER lexicon; Chinese has no lexicon here.
     */
    private Predicate<String> opinionTest(Language language) {
        if (language == Language.CHINESE) {
            return word -> false;
        }
        return word -> lexicon.valence(word).isPresent();
    }

    private List<ReviewListening.Row> rows(ReviewFilter filter, Language language) {
        return store.rows(filter, ReviewAnalysis.MODELS).stream()
                .filter(r -> analyzer.languageOf(r.text()) == language)
                .toList();
    }

    private Map<String, Object> topicJson(TopicClustering.Result result, List<ReviewListening.Row> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", result.k());
        out.put("method", result.method());
        out.put("silhouette", result.silhouette().orElse(null));
        out.put("embeddingModel", rows.isEmpty() ? "" : rows.get(0).embeddingModel());
        List<Map<String, Object>> topics =
                result.topics().stream().map(ListeningJson::topic).toList();
        out.put("topics", topics);
        return out;
    }

    @SuppressWarnings("unchecked") // each key's prefix names one kind of result, always computed by the same caller
    private <T> T cached(String key, java.util.function.Supplier<T> compute) {
        long version = analysis.version();
        if (version != cachedVersion) {
            cache.clear();
            cachedVersion = version;
        }
        return (T) cache.computeIfAbsent(key, k -> compute.get());
    }
}
