package io.marketpilot.core.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Stored sentiment of reviews, per model, and the figures the Insights page charts. */
public interface ReviewSentiments {

    /** One review's result from one model. */
    record Result(String reviewId, String model, String label, double score, double neg, double neu, double pos) {}

    /** Sentiment per month ({@code yyyy-MM}): counts by label and the mean score. */
    record Month(String month, long positive, long neutral, long negative, double meanScore) {}

    /** Optional filters; empty means all. */
    record Filter(Optional<String> productId, Optional<String> language) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty());
        }
    }

    /** A review with its score, for lists. */
    record Scored(
            String reviewId,
            @Nullable String productId,
            String text,
            String language,
            LocalDateTime createdAt,
            double score) {}

    /** Reviews per language and how many of them the models scored. */
    record LanguageCoverage(String language, long reviews, long scored) {}

    /** Keeps the results (replacing a review's earlier result from the same model) in one transaction. */
    void saveAll(List<Result> results, LocalDateTime at);

    /** Per calendar month of the review's date, oldest first, the results of {@code models}. */
    List<Month> byMonth(List<String> models, Filter filter);

    /** The most negative reviews by the results of {@code models}, newest first among equals, at most {@code limit}. */
    List<Scored> mostNegative(List<String> models, Filter filter, int limit);

    /** Per language, most reviews first: how many reviews there are and how many {@code models} scored. */
    List<LanguageCoverage> coverage(List<String> models);

    /** How many results are stored (any model). */
    long scoredCount();

    /** A customer's review dated on or after a day, with its lowest stored score among the models asked for. */
    record CustomerReviewScore(String reviewId, String customerId, LocalDateTime createdAt, double score) {}

    /**
     * The scores of reviews written by customers on or after {@code since} by {@code models} (a review scored by
     * more than one of them appears once, with its lowest score): what the promotion hold-back reads.
     */
    List<CustomerReviewScore> customerScoresSince(List<String> models, LocalDateTime since);

    /** Mean stored sentiment score per customer who wrote a scored review. */
    Map<String, Double> meanScoreByCustomer();
}
