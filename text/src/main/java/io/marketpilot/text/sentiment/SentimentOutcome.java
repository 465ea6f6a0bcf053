package io.marketpilot.text.sentiment;

import java.util.Objects;

/** What sentiment analysis of one text yields: a score, or the reason no model applies to it. */
public sealed interface SentimentOutcome {

    /** The text was scored. */
    record Scored(SentimentScore score) implements SentimentOutcome {
        public Scored {
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * No model here handles the text's language; reported instead of a neutral score, which would
     * read as "no opinion" when the opinion was simply not understood.
     *
     * @param language the detected language code ({@code zh}, or {@code und} for mixed or other scripts)
     * @param model the model that declined the text
     */
    record UnsupportedLanguage(String language, String model) implements SentimentOutcome {
        public UnsupportedLanguage {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(model, "model");
        }
    }
}
