package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;

/**
 * One dated amount (revenue, units) belonging to one series: the caller picks the key, such as "total", a category or
 * a segment, and may add the same sale under several keys.
 *
 * <p>Negative amounts are allowed: refunds net out against sales of the same week.
 */
public record Sale(String seriesKey, LocalDate date, double amount) {
    public Sale {
        if (seriesKey == null || seriesKey.isBlank()) {
            throw MarketPilotException.invalid("sale needs a series key");
        }
        if (date == null) {
            throw MarketPilotException.invalid("sale of series '" + seriesKey + "' needs a date");
        }
        if (!Double.isFinite(amount)) {
            throw MarketPilotException.invalid(
                    "sale of series '" + seriesKey + "' on " + date + " has invalid amount " + amount);
        }
    }
}
