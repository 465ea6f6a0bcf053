package io.marketpilot.core.domain;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import org.jspecify.annotations.Nullable;

/** Constructor checks shared by the domain records. */
final class Require {
    private Require() {}

    /** A present id of at most {@code limit} characters. */
    static void id(String id, String what, int limit) {
        if (id == null || id.isBlank()) {
            throw MarketPilotException.invalid(what + " is required");
        }
        TextRules.requireFits(what, id, limit);
    }

    /** An optional text of at most {@code limit} characters (the width of its column). */
    static void fits(@Nullable String text, String field, int limit) {
        TextRules.requireFits(field, text, limit);
    }
}
