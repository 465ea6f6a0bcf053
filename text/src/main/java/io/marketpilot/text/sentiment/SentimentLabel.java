package io.marketpilot.text.sentiment;

import java.util.Locale;

/** The three-way polarity a sentiment score is reported as. */
public enum SentimentLabel {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** The lower-case form used in JSON and the CLI, e.g. {@code positive}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
