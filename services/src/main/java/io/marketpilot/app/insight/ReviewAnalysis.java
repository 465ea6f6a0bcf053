package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Review;
import io.marketpilot.core.store.ReviewListening;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.text.aspects.ClauseSplitter;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.emotion.EmotionScore;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.sentiment.SentimentScore;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening pipeline over stored reviews that have not been through it: each review is embedded once (bge-small,
 * English or Chinese by its text) and that vector gives its sentiment (the learned head: on held-out review text it
 * beats VADER 0.94 to 0.78 in accuracy, and it reads Chinese), its emotion (English) and its place in the topic
 * clustering; reviews of more than one clause also get each clause scored, for aspect sentiment. Everything is
 * persisted with the model that produced it.
 */
public final class ReviewAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewAnalysis.class);
    /** The models stored review sentiment comes from: the learned heads, English and Chinese. */
    public static final List<String> MODELS = List.of("bge-small-en-v1.5+logreg/1", "bge-small-zh-v1.5-q+logreg/1");
    /** Shown where one name must stand for both. */
    public static final String MODEL = "bge-small-v1.5+logreg/1 (en, zh)";

    private static final int BATCH = 32;

    /** What one pass did: reviews analysed, and reviews the models could not read (too long, unreadable). */
    public record Summary(int scored, int unsupported) {}

    private final ReviewSentiments store;
    private final ReviewListening listening;
    private final ListeningModels models;
    private final Clock clock;
    private final AtomicLong version = new AtomicLong();

    public ReviewAnalysis(ReviewSentiments store, ReviewListening listening, ListeningModels models, Clock clock) {
        this.store = store;
        this.listening = listening;
        this.models = models;
        this.clock = clock;
    }

    /** Goes up every time a pass stores something, so cached insights know to recompute. */
    public long version() {
        return version.get();
    }

    public Summary analyzePending() {
        List<Review> pending = listening.pending();
        if (pending.isEmpty()) {
            return new Summary(0, 0);
        }
        EmbeddingSentimentService sentiment = models.embedding();
        Map<Language, List<Review>> byLanguage = new LinkedHashMap<>();
        int unsupported = 0;
        for (Review r : pending) {
            if (r.text() == null || r.text().isBlank() || r.text().length() > SentimentAnalysis.MAX_CHARS) {
                unsupported++;
                continue;
            }
            byLanguage
                    .computeIfAbsent(sentiment.languageOf(r.text()), k -> new ArrayList<>())
                    .add(r);
        }
        int scored = 0;
        for (var entry : byLanguage.entrySet()) {
            List<Review> reviews = entry.getValue();
            for (int from = 0; from < reviews.size(); from += BATCH) {
                int done = analyze(entry.getKey(), reviews.subList(from, Math.min(reviews.size(), from + BATCH)));
                scored += done;
                unsupported += Math.min(BATCH, reviews.size() - from) - done;
            }
        }
        version.incrementAndGet();
        LOG.info("analyze=reviews models={} scored={} unsupported={}", MODELS, scored, unsupported);
        return new Summary(scored, unsupported);
    }

    /** Analyses and stores one batch of same-language reviews; returns how many were stored. */
    private int analyze(Language language, List<Review> batch) {
        EmbeddingSentimentService sentiment = models.embedding();
        TextEmbedder embedder = sentiment.scorerFor(language).embedder();
        List<float[]> vectors =
                embedEach(embedder, batch.stream().map(Review::text).toList());
        List<ReviewSentiments.Result> results = new ArrayList<>();
        List<ReviewListening.Emotion> emotions = new ArrayList<>();
        List<ReviewListening.Embedding> embeddings = new ArrayList<>();
        List<ReviewListening.Clause> clauses = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            float[] v = vectors.get(i);
            if (v == null) {
                continue;
            }
            Review r = batch.get(i);
            SentimentScore s = sentiment.scoreVector(language, v);
            results.add(new ReviewSentiments.Result(
                    r.id(), s.model(), s.label().wireName(), s.score(), s.neg(), s.neu(), s.pos()));
            embeddings.add(new ReviewListening.Embedding(r.id(), embedder.model(), v));
            if (models.emotion().reads(language)) {
                EmotionScore e = models.emotion().scoreVector(r.text(), v);
                emotions.add(new ReviewListening.Emotion(r.id(), e.model(), e.label(), e.confidence(), e.scores()));
            }
            clauses.addAll(clauses(r, s, language, sentiment, embedder));
        }
        store.saveAll(results, LocalDateTime.now(clock));
        listening.save(emotions, embeddings, clauses, LocalDateTime.now(clock));
        return results.size();
    }

    private List<ReviewListening.Clause> clauses(
            Review r, SentimentScore whole, Language language, EmbeddingSentimentService sentiment, TextEmbedder e) {
        List<String> parts = ClauseSplitter.split(r.text());
        List<ReviewListening.Clause> out = new ArrayList<>();
        if (parts.size() <= 1) {
            out.add(new ReviewListening.Clause(
                    r.id(), 0, whole.model(), r.text().strip(), whole.score()));
            return out;
        }
        List<float[]> vectors = embedEach(e, parts);
        for (int i = 0; i < parts.size(); i++) {
            if (vectors.get(i) != null) {
                SentimentScore s = sentiment.scoreVector(language, vectors.get(i));
                out.add(new ReviewListening.Clause(r.id(), i, s.model(), parts.get(i), s.score()));
            }
        }
        return out;
    }

    /** Vectors for the texts; where the batch fails, each text alone, with null for the ones that still fail. */
    private static List<float[]> embedEach(TextEmbedder embedder, List<String> texts) {
        try {
            return embedder.embedAll(texts);
        } catch (RuntimeException batchFailed) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                try {
                    out.add(embedder.embed(t));
                } catch (RuntimeException e) {
                    LOG.warn(
                            "analyze=review embedding_failed error={}",
                            e.getClass().getSimpleName());
                    out.add(null);
                }
            }
            return out;
        }
    }
}
