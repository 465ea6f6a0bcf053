package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.SentimentScore;
import io.marketpilot.text.sentiment.vader.VaderSentimentService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sentiment of one text as a result row: the score's fields, or a per-row error (unsupported language, text too
 * long), so that one bad text never fails a batch.
 */
public final class SentimentAnalysis {
    /** Longer texts are refused per row: VADER is linear in length, but a megabyte is not a review. */
    public static final int MAX_CHARS = 1_000_000;

    private final VaderSentimentService vader;

    public SentimentAnalysis(VaderSentimentService vader) {
        this.vader = vader;
    }

    public static SentimentAnalysis bundled() {
        return new SentimentAnalysis(VaderSentimentService.withBundledLexicon());
    }

    /** Checks a model name; only {@code vader} exists until the learned model lands. */
    public static void requireModel(String model) {
        if (!model.toLowerCase(Locale.ROOT).equals("vader")) {
            throw MarketPilotException.invalid("Unknown sentiment model '" + model + "': available is vader"
                    + " (the embedding model arrives with the learned sentiment head)");
        }
    }

    public Map<String, Object> row(String id, String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        if (text == null) {
            text = "";
        }
        if (text.length() > MAX_CHARS) {
            row.put("error", "text longer than " + MAX_CHARS + " characters");
            return row;
        }
        switch (vader.analyze(text)) {
            case SentimentOutcome.Scored scored -> fill(row, scored.score());
            case SentimentOutcome.UnsupportedLanguage u -> {
                row.put("language", u.language());
                row.put("error", "model " + u.model() + " does not handle language '" + u.language() + "'");
            }
        }
        return row;
    }

    /** The VADER score when the model applies to the text. */
    public java.util.Optional<SentimentScore> score(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return java.util.Optional.empty();
        }
        return vader.analyze(text) instanceof SentimentOutcome.Scored s
                ? java.util.Optional.of(s.score())
                : java.util.Optional.empty();
    }

    private static void fill(Map<String, Object> row, SentimentScore s) {
        row.put("label", s.label().wireName());
        row.put("score", s.score());
        row.put("neg", s.neg());
        row.put("neu", s.neu());
        row.put("pos", s.pos());
        row.put("compound", s.compound());
        row.put("model", s.model());
    }
}
