package io.marketpilot.text.trends;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The period trends are counted in; a period is named by its first day (weeks start on Monday). */
public enum Granularity {
    WEEK,
    MONTH;

    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public LocalDate next(LocalDate periodStart) {
        return this == WEEK ? periodStart.plusWeeks(1) : periodStart.plusMonths(1);
    }

    public static Granularity parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "week", "weekly", "w" -> WEEK;
            case "month", "monthly", "m" -> MONTH;
            default -> throw MarketPilotException.invalid("period must be week or month, not '" + s + "'");
        };
    }
}
