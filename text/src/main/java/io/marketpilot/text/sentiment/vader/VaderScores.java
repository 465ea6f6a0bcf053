package io.marketpilot.text.sentiment.vader;

import io.marketpilot.text.sentiment.SentimentLabel;
import io.marketpilot.text.sentiment.SentimentScore;

/**
 * The output of {@code polarity_scores}: proportions rounded to 3 decimals, compound to 4, exactly
 * as the Python returns them (an empty text gives all zeros, neu included, as there).
 */
public record VaderScores(double neg, double neu, double pos, double compound) {
    /** The model name recorded with every score this port produces. */
    public static final String MODEL = "vader-3.3.2";

    /** VADER's customary cut-offs on compound for calling a text positive or negative. */
    public static final double POSITIVE_THRESHOLD = 0.05;

    public static final double NEGATIVE_THRESHOLD = -0.05;

    static final VaderScores EMPTY = new VaderScores(0.0, 0.0, 0.0, 0.0);

    /** Positive at compound ≥ 0.05, negative at ≤ -0.05, neutral in between. */
    public SentimentLabel label() {
        if (compound >= POSITIVE_THRESHOLD) {
            return SentimentLabel.POSITIVE;
        }
        if (compound <= NEGATIVE_THRESHOLD) {
            return SentimentLabel.NEGATIVE;
        }
        return SentimentLabel.NEUTRAL;
    }

    public SentimentScore toSentimentScore() {
        return new SentimentScore(label(), compound, neg, neu, pos, compound, MODEL);
    }
}
