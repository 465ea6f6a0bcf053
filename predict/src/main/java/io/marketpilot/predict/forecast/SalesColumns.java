package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Which columns of a sales CSV hold the date, the amount and (optionally) the series key, and how dates are written.
 *
 * @param series the column whose value keys the series; empty puts every row into the series "total"
 * @param datePattern a {@link DateTimeFormatter} pattern such as {@code yyyy-MM-dd} or {@code M/d/yyyy}
 */
public record SalesColumns(String date, String amount, Optional<String> series, String datePattern) {
    public static final String TOTAL = "total";

    public SalesColumns {
        if (date == null || date.isBlank() || amount == null || amount.isBlank() || series == null) {
            throw MarketPilotException.invalid("sales columns need a date and an amount column");
        }
        formatter(datePattern);
    }

    /** The generic layout: {@code date} (ISO), {@code amount} and, when the file has it, {@code series}. */
    public static SalesColumns generic(boolean withSeries) {
        return new SalesColumns("date", "amount", withSeries ? Optional.of("series") : Optional.empty(), "yyyy-MM-dd");
    }

    DateTimeFormatter formatter() {
        return formatter(datePattern);
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw MarketPilotException.invalid("invalid date pattern '" + pattern + "'");
        }
    }
}
