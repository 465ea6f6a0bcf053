package io.marketpilot.core.journey;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Constructor checks shared by the journey store's records, each refusal naming the field. */
final class Names {
    private Names() {}

    /** A present, clean identifier of at most {@link FieldLimits#ID} characters. */
    static String id(@Nullable String value, String field) {
        if (value == null || TextRules.isBlank(value)) {
            throw MarketPilotException.invalid(field + " is required");
        }
        TextRules.requireClean(field, value, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits(field, value, FieldLimits.ID);
        return value;
    }

    static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw MarketPilotException.invalid(field + " is required");
        }
        return value;
    }

    static String wire(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E constant : type.getEnumConstants()) {
            if (wire(constant).equals(text)) {
                return constant;
            }
        }
        throw MarketPilotException.invalid("unknown " + what + " '" + text + "'");
    }
}
