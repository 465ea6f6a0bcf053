package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Constructor checks shared by the campaign records, each refusal naming the field. */
final class Check {
    private Check() {}

    /** A present, non-blank identifier without control characters, of at most {@code limit} characters. */
    static String id(@Nullable String value, String field, int limit) {
        if (value == null || TextRules.isBlank(value)) {
            throw MarketPilotException.invalid(field + " is required");
        }
        TextRules.requireClean(field, value, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits(field, value, limit);
        return value;
    }

    /** Free text (tab and line breaks allowed) of at most {@code limit} characters; may be empty. */
    static String text(@Nullable String value, String field, int limit) {
        String text = present(value, field);
        TextRules.requireClean(field, text, TextRules.Kind.FREE_TEXT);
        TextRules.requireFits(field, text, limit);
        return text;
    }

    /** Free text that shows something (not only blanks), of at most {@code limit} characters. */
    static String filledText(@Nullable String value, String field, int limit) {
        String text = text(value, field, limit);
        if (TextRules.isBlank(text)) {
            throw MarketPilotException.invalid(field + " is required");
        }
        return text;
    }

    /** A consent topic: 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit. */
    static String topic(@Nullable String value, String field) {
        String topic = present(value, field);
        if (!topic.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw MarketPilotException.invalid(field + " '" + topic
                    + "' is not a topic: 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
        return topic;
    }

    /** Refuses an absent value, naming the field. */
    static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw MarketPilotException.invalid(field + " is required");
        }
        return value;
    }

    /**
     * The constant whose {@link #wire} name (or Java name) is {@code text}, ignoring case and reading '-' as '_';
     * an unknown name is refused with the names that are known.
     */
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String text, String what) {
        if (text != null) {
            String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Check::wire).collect(Collectors.joining(", "));
        throw MarketPilotException.invalid("Unknown " + what + " '" + text + "': use " + known);
    }

    /** The lower-case name the API, the CLI and the store write: {@code OPTED_IN} is {@code opted_in}. */
    static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
