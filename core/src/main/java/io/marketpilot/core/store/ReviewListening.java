package io.marketpilot.core.store;

import io.marketpilot.core.domain.Review;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stored listening results of reviews beyond sentiment (emotion, embedding, clause sentiment) and the review rows
 * the topic, aspect and trend analyses read, with their stored sentiment.
 */
public interface ReviewListening {

    /** A review's emotion: the top label, its probability, and every label's probability. */
    record Emotion(String reviewId, String model, String label, double confidence, Map<String, Double> scores) {}

    /** A review's embedding by one model. */
    record Embedding(String reviewId, String model, float[] vector) {}

    /** One clause of a review with its sentiment score. */
    record Clause(String reviewId, int index, String model, String text, double score) {}

    /** How many reviews one emotion model labelled with one emotion. */
    record EmotionCount(String label, String model, long reviews) {}

    /**
     * A stored review with what the listening pipeline knows about it; {@code sentiment} is NaN and
     * {@code emotion} empty where it was not analysed, {@code vector} empty where no embedding is stored.
     */
    record Row(
            String id,
            @Nullable String customerId,
            @Nullable String productId,
            String language,
            LocalDateTime createdAt,
            String text,
            double sentiment,
            String sentimentModel,
            String emotion,
            float[] vector,
            String embeddingModel) {}

    /** Keeps the results in one transaction, replacing a review's earlier ones from the same model. */
    void save(List<Emotion> emotions, List<Embedding> embeddings, List<Clause> clauses, LocalDateTime at);

    /**
     * Reviews matching {@code filter}, oldest first, with the sentiment of the first of {@code sentimentModels}
     * that scored each and the first stored emotion and embedding.
     */
    List<Row> rows(ReviewFilter filter, List<String> sentimentModels);

    /** The clauses of the reviews matching {@code filter}, per review id in review order. */
    Map<String, List<Clause>> clauses(ReviewFilter filter);

    /** Reviews per emotion label (and model) for {@code filter}, most frequent first. */
    List<EmotionCount> emotionCounts(ReviewFilter filter);

    /** Each customer's segment in the latest segmentation run (empty when there is no run). */
    Map<String, Integer> latestSegments();

    /** Reviews with no stored embedding yet: the work list of the listening pipeline. */
    List<Review> pending();
}
