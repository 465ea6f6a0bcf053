package io.marketpilot.assistant.chat;

/** Reads the sentiment of one customer turn. */
public interface SentimentReader {

    /**
     * A score in [-1, 1] and the model that gave it.
     *
     * @param intensity true when the score's size measures how strong the feeling is (VADER's compound); false for
     *     two-class models whose score is a confidence in the polarity, where "how do I return this?" can score
     *     -0.9 without any anger in it
     */
    record Reading(double score, String model, boolean intensity) {}

    Reading read(String text);
}
