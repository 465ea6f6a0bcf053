package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Review;
import io.marketpilot.store.insight.ReviewSentiments;
import io.marketpilot.text.sentiment.vader.VaderScores;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scores stored reviews that have no result yet and persists the results with the model's name. */
public final class ReviewAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewAnalysis.class);
    public static final String MODEL = VaderScores.MODEL;

    /** What one pass did: reviews scored, and reviews the model does not handle (e.g. Chinese for VADER). */
    public record Summary(int scored, int unsupported) {}

    private final ReviewSentiments store;
    private final SentimentAnalysis sentiment;
    private final Clock clock;

    public ReviewAnalysis(ReviewSentiments store, SentimentAnalysis sentiment, Clock clock) {
        this.store = store;
        this.sentiment = sentiment;
        this.clock = clock;
    }

    public Summary analyzePending() {
        List<ReviewSentiments.Result> results = new ArrayList<>();
        int unsupported = 0;
        for (Review r : store.pending(MODEL)) {
            var score = sentiment.score(r.text());
            if (score.isEmpty()) {
                unsupported++;
                continue;
            }
            var s = score.get();
            results.add(new ReviewSentiments.Result(
                    r.id(), s.model(), s.label().wireName(), s.score(), s.neg(), s.neu(), s.pos()));
        }
        store.saveAll(results, LocalDateTime.now(clock));
        if (!results.isEmpty()) {
            LOG.info("analyze=reviews model={} scored={} unsupported={}", MODEL, results.size(), unsupported);
        }
        return new Summary(results.size(), unsupported);
    }
}
