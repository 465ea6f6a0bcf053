package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/**
 * The sentiment models a user can pick. {@code embedding} (bge-small + logistic head, English and Chinese) is the
 * default: on held-out review text it is right 94% of the time against VADER's 78% (docs/benchmarks.md). VADER
 * stays for its exact, explainable scores and its speed; it reads English only.
 */
public enum SentimentModel {
    VADER,
    EMBEDDING;

    public static SentimentModel parse(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "vader" -> VADER;
            case "embedding", "learned", "" -> EMBEDDING;
            default ->
                throw MarketPilotException.invalid("Unknown sentiment model '" + name + "': choose vader or embedding");
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
