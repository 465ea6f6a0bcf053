package io.marketpilot.imports;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a file holds. */
public enum ImportKind {
    CUSTOMERS,
    PRODUCTS,
    ORDERS,
    EVENTS,
    REVIEWS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MarketPilotException.invalid("Unknown data kind '" + text + "': use one of "
                    + Arrays.stream(values()).map(ImportKind::wireName).collect(Collectors.joining(", ")));
        }
    }
}
