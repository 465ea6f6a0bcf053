package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The checks the journey records make when built, each refusal naming the field; the JSON reader makes them too, so
 * that it can name the JSON path of a bad value.
 */
public final class Rules {
    /** The longest wait, timeout or re-entry period a journey may state: a year. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private Rules() {}

    /** A name from a short vocabulary: 1-64 letters, digits, '_', '-', '.' or ':', starting with a letter or digit. */
    public static String name(@Nullable String value, String field) {
        String name = present(value, field);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")) {
            throw MarketPilotException.invalid(field + " '" + name
                    + "' is not a name: 1-64 letters, digits, '_', '-', '.' or ':', starting with a letter or digit");
        }
        return name;
    }

    /** Free text that shows something, of at most {@code limit} characters. */
    public static String text(@Nullable String value, String field, int limit) {
        String text = present(value, field);
        if (TextRules.isBlank(text)) {
            throw MarketPilotException.invalid(field + " is required");
        }
        TextRules.requireClean(field, text, TextRules.Kind.FREE_TEXT);
        TextRules.requireFits(field, text, limit);
        return text;
    }

    /** A positive duration of at most {@link #LONGEST}. */
    public static Duration duration(@Nullable Duration value, String field) {
        Duration duration = present(value, field);
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw MarketPilotException.invalid(field + " is a positive duration of at most 366 days, was " + duration);
        }
        return duration;
    }

    /** A finite number. */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw MarketPilotException.invalid(field + " is a finite number, was " + value);
        }
        return value;
    }

    /** A share from 0 to 0.5: more held out than sent to would measure little and reach fewer. */
    public static double holdoutShare(double share) {
        if (!(share >= 0 && share <= 0.5)) {
            throw MarketPilotException.invalid("a holdout share is between 0 and 0.5, was " + share);
        }
        return share;
    }

    /** Refuses an absent value, naming the field. */
    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw MarketPilotException.invalid(field + " is required");
        }
        return value;
    }

    /** The lower-case name the JSON form uses for an enum constant: {@code CHURN_RISK} is {@code churn_risk}. */
    public static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named by {@code text} in its {@link #wire} form; an unknown name is refused, listing the known. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E constant : type.getEnumConstants()) {
            if (wire(constant).equals(text)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.isEmpty() ? "" : ", ").append(wire(constant));
        }
        throw MarketPilotException.invalid("unknown " + what + " '" + text + "': use " + known);
    }
}
