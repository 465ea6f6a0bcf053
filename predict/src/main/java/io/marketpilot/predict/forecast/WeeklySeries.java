package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Totals of consecutive complete ISO weeks (Monday to Sunday) of one series, weeks without sales holding zero.
 *
 * @param firstWeek the Monday starting the first week
 * @param values one total per week; copied in and out, so the record stays immutable
 */
public record WeeklySeries(String key, LocalDate firstWeek, double[] values) {
    public WeeklySeries {
        if (key == null || key.isBlank()) {
            throw MarketPilotException.invalid("weekly series needs a key");
        }
        if (firstWeek == null || firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw MarketPilotException.invalid("weekly series '" + key + "' must start on a Monday, got " + firstWeek);
        }
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw MarketPilotException.invalid(
                        "weekly series '" + key + "' has invalid value " + values[i] + " in week " + i);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public double value(int week) {
        return values[week];
    }

    /** The Monday starting week {@code week} (0-based), which may lie beyond the last week. */
    public LocalDate weekStart(int week) {
        return firstWeek.plusWeeks(week);
    }

    /** The first {@code weeks} weeks: the data a forecast made at that origin may see. */
    public WeeklySeries head(int weeks) {
        if (weeks < 0 || weeks > values.length) {
            throw MarketPilotException.invalid(
                    "series '" + key + "' has " + values.length + " weeks, cannot take the first " + weeks);
        }
        return new WeeklySeries(key, firstWeek, Arrays.copyOf(values, weeks));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySeries s
                && key.equals(s.key)
                && firstWeek.equals(s.firstWeek)
                && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * key.hashCode() + firstWeek.hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "WeeklySeries[" + key + ", " + values.length + " weeks from " + firstWeek + "]";
    }
}
