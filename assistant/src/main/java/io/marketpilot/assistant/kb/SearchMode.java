package io.marketpilot.assistant.kb;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** Which rankings a search uses: BM25 alone, vectors alone, or both fused by reciprocal rank. */
public enum SearchMode {
    HYBRID,
    BM25,
    VECTOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchMode parse(String text) {
        for (SearchMode m : values()) {
            if (m.wireName().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw MarketPilotException.invalid("Unknown search mode '" + text + "': use hybrid, bm25 or vector");
    }
}
