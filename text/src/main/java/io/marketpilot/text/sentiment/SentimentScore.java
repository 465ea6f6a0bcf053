package io.marketpilot.text.sentiment;

import java.util.Objects;

/**
 * A scored text with the model that produced it: {@code score} is the headline value in [-1, 1]
 * (VADER's compound), {@code neg}/{@code neu}/{@code pos} the proportions of the text in each polarity.
 */
public record SentimentScore(
        SentimentLabel label, double score, double neg, double neu, double pos, double compound, String model) {
    public SentimentScore {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
    }
}
