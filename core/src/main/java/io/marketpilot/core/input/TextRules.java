package io.marketpilot.core.input;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What text the store accepts, checked where input enters (REST bodies and parameters, dashboard forms, import
 * files) rather than left to the database: no NUL or other C0 control character (free text may hold tab, line feed
 * and carriage return; identifiers nothing of the kind), no lone surrogate (it is not Unicode and was stored as
 * "?"), and no more characters than the field's column holds. Each refusal names the field.
 */
public final class TextRules {
    /** Whether tab, line feed and carriage return are allowed: in free text, not in identifiers. */
    public enum Kind {
        FREE_TEXT,
        IDENTIFIER
    }

    private TextRules() {}

    /** Why {@code text} cannot be accepted as it is, or empty when it can (null is acceptable: absent). */
    public static Optional<String> problem(@Nullable String text, Kind kind) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(kind == Kind.FREE_TEXT && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of("contains the control character " + codePoint(c) + " at position " + i
                        + (kind == Kind.FREE_TEXT
                                ? " (only tab, line feed and carriage return are allowed)"
                                : " (identifiers take none)"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a lone surrogate " + codePoint(c) + " at position " + i
                        + ", which is not valid Unicode");
            }
        }
        return Optional.empty();
    }

    /** Refuses text with control characters or lone surrogates, naming the field; returns the text. */
    public static @Nullable String requireClean(String field, @Nullable String text, Kind kind) {
        problem(text, kind).ifPresent(p -> {
            throw new MarketPilotException(ErrorCode.INVALID_INPUT, field + " " + p, Map.of("field", field));
        });
        return text;
    }

    /** Refuses text longer than {@code limit} characters, naming the field and the limit; returns the text. */
    public static @Nullable String requireFits(String field, @Nullable String text, int limit) {
        if (text != null && text.length() > limit) {
            throw tooLong(field, text.length(), limit);
        }
        return text;
    }

    /** The error for a value of {@code length} characters where {@code limit} fit: 400, naming both. */
    public static MarketPilotException tooLong(String field, int length, int limit) {
        return new MarketPilotException(
                ErrorCode.INVALID_INPUT,
                field + " is longer than " + limit + " characters (it has " + length + ")",
                Map.of("field", field, "limit", limit, "length", length));
    }

    /**
     * Whether the text shows nothing: only whitespace, control characters and invisible format characters (zero-width
     * space and joiners, the byte-order mark, direction marks), which {@link String#isBlank()} counts as content.
     */
    public static boolean isBlank(@Nullable String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(TextRules::isInvisible);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || type == Character.CONTROL
                || type == Character.FORMAT;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
