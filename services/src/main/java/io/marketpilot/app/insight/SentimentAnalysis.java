package io.marketpilot.app.insight;

import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.SentimentScore;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentiment of texts as result rows: the score's fields, or a per-row error (unsupported language for VADER, text
 * too long, text the model failed on), so that one bad text never fails a batch. VADER declines Chinese with a
 * per-row error that names the model that does read it, rather than silently switching models.
 */
public final class SentimentAnalysis {
    /** Longer texts are refused per row: a megabyte is not a review. */
    public static final int MAX_CHARS = 1_000_000;

    private final ListeningModels models;
    private final LanguageDetector detector = new LanguageDetector();

    public SentimentAnalysis(ListeningModels models) {
        this.models = models;
    }

    /** Checks a model name (vader or embedding) and returns it. */
    public static SentimentModel requireModel(String model) {
        return SentimentModel.parse(model);
    }

    /** One row per text, in order; ids and texts are aligned lists. */
    public List<Map<String, Object>> rows(List<String> ids, List<String> texts, SentimentModel model) {
        List<Map<String, Object>> rows = new ArrayList<>(texts.size());
        List<Optional<SentimentScore>> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            scores.add(Optional.empty());
            errors.add(null);
        }
        if (model == SentimentModel.VADER) {
            for (int i = 0; i < texts.size(); i++) {
                int at = i;
                vader(texts.get(i))
                        .ifPresentOrElse(
                                s -> scores.set(at, Optional.of(s)), () -> errors.set(at, vaderError(texts.get(at))));
            }
        } else {
            embedding(texts, scores, errors);
        }
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", ids.get(i));
            String text = texts.get(i) == null ? "" : texts.get(i);
            if (errors.get(i) != null) {
                row.put("error", errors.get(i));
            } else {
                scores.get(i).ifPresent(s -> fill(row, s));
            }
            if (text.length() <= MAX_CHARS) {
                row.put("language", detector.detect(text).code());
            }
            rows.add(row);
        }
        return rows;
    }

    public Map<String, Object> row(String id, String text, SentimentModel model) {
        return rows(List.of(id), java.util.Collections.singletonList(text), model)
                .get(0);
    }

    /** The VADER score when the model applies to the text. */
    public Optional<SentimentScore> vader(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        return models.vader().analyze(text) instanceof SentimentOutcome.Scored s
                ? Optional.of(s.score())
                : Optional.empty();
    }

    /** Scores of the chosen model per text (empty where it gives none), for evaluation. */
    public List<Optional<SentimentScore>> scores(List<String> texts, SentimentModel model) {
        List<Optional<SentimentScore>> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            scores.add(model == SentimentModel.VADER ? vader(texts.get(i)) : Optional.empty());
            errors.add(null);
        }
        if (model == SentimentModel.EMBEDDING) {
            embedding(texts, scores, errors);
        }
        return scores;
    }

    /** Embeds in batches per language; a batch the model fails on is retried text by text. */
    private void embedding(List<String> texts, List<Optional<SentimentScore>> scores, List<String> errors) {
        EmbeddingSentimentService service = models.embedding();
        Map<Language, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            if (text.length() > MAX_CHARS) {
                errors.set(i, "text longer than " + MAX_CHARS + " characters");
            } else if (text.isBlank()) {
                if (service.analyze(text) instanceof SentimentOutcome.Scored s) {
                    scores.set(i, Optional.of(s.score()));
                }
            } else {
                byLanguage
                        .computeIfAbsent(service.languageOf(text), k -> new ArrayList<>())
                        .add(i);
            }
        }
        byLanguage.forEach((language, at) -> {
            TextEmbedder embedder = service.scorerFor(language).embedder();
            for (int from = 0; from < at.size(); from += BATCH) {
                List<Integer> chunk = at.subList(from, Math.min(at.size(), from + BATCH));
                try {
                    List<float[]> vectors =
                            embedder.embedAll(chunk.stream().map(texts::get).toList());
                    for (int j = 0; j < chunk.size(); j++) {
                        scores.set(chunk.get(j), Optional.of(service.scoreVector(language, vectors.get(j))));
                    }
                } catch (RuntimeException batchFailed) {
                    for (int i : chunk) {
                        try {
                            scores.set(i, Optional.of(service.scoreVector(language, embedder.embed(texts.get(i)))));
                        } catch (RuntimeException e) {
                            errors.set(
                                    i,
                                    "model " + service.model(language) + " could not read this text: "
                                            + e.getClass().getSimpleName());
                        }
                    }
                }
            }
        });
    }

    static final int BATCH = 32;

    private String vaderError(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            return "text longer than " + MAX_CHARS + " characters";
        }
        String language = detector.detect(text == null ? "" : text).code();
        return "model vader-3.3.2 does not handle language '" + language
                + "' (use --model embedding / model=embedding)";
    }

    static void fill(Map<String, Object> row, SentimentScore s) {
        row.put("label", s.label().wireName());
        row.put("score", s.score());
        row.put("neg", s.neg());
        row.put("neu", s.neu());
        row.put("pos", s.pos());
        row.put("compound", s.compound());
        row.put("model", s.model());
    }
}
