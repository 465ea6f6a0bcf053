package io.marketpilot.core.delivery;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import java.util.Objects;
import java.util.Optional;

/** Constructor checks shared by the delivery records; each refusal names the field. */
final class MessageRules {
    private MessageRules() {}

    /** A present single-line value without control characters, of at most {@code limit} characters, stripped. */
    static String required(String field, String value, int limit) {
        Objects.requireNonNull(value, field);
        if (TextRules.isBlank(value)) {
            throw MarketPilotException.invalid(field + " is required");
        }
        return singleLine(field, value.strip(), limit);
    }

    /** A single-line value, or empty when it is blank. */
    static Optional<String> optionalLine(String field, Optional<String> value, int limit) {
        Objects.requireNonNull(value, field);
        return value.filter(v -> !TextRules.isBlank(v)).map(v -> singleLine(field, v.strip(), limit));
    }

    /** A text that may hold line breaks and tabs, or empty when it is blank. */
    static Optional<String> optionalText(String field, Optional<String> value, int limit) {
        Objects.requireNonNull(value, field);
        return value.filter(v -> !TextRules.isBlank(v)).map(v -> text(field, v, limit));
    }

    static String text(String field, String value, int limit) {
        TextRules.requireClean(field, value, TextRules.Kind.FREE_TEXT);
        TextRules.requireFits(field, value, limit);
        return value;
    }

    /** Printable ASCII only (space to tilde): values that travel as they are in mail and HTTP header fields. */
    static String ascii(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw MarketPilotException.invalid(field + " may hold only printable ASCII characters, and has "
                        + String.format("U+%04X", (int) c) + " at position " + i);
            }
        }
        return value;
    }

    private static String singleLine(String field, String value, int limit) {
        TextRules.requireClean(field, value, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits(field, value, limit);
        return value;
    }
}
