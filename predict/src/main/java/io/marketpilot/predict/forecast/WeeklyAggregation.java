package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums dated sales into weekly series per key over a common observation period, keeping complete ISO weeks only.
 *
 * <p>Partial weeks: a week is kept only when the observation period covers all seven of its days. A first week that
 * starts before the period (data beginning on a Wednesday) and a last week that ends after it (data ending on a
 * Tuesday) are dropped, together with their sales, because a partial week's total looks like a collapse in demand
 * and would pull every model's last level down. Weeks inside the period without sales of a key hold zero.
 */
public final class WeeklyAggregation {
    private WeeklyAggregation() {}

    /**
     * Aggregates over the period from the earliest to the latest sale of any key, so that every key shares the same
     * weeks and a key whose sales stop early ends in zeros rather than early.
     *
     * @return one series per key, ordered by key
     */
    public static List<WeeklySeries> aggregate(List<Sale> sales) {
        if (sales.isEmpty()) {
            throw MarketPilotException.invalid("no sales to aggregate into weekly series");
        }
        LocalDate from = sales.getFirst().date();
        LocalDate to = from;
        for (Sale s : sales) {
            from = s.date().isBefore(from) ? s.date() : from;
            to = s.date().isAfter(to) ? s.date() : to;
        }
        return aggregate(sales, from, to);
    }

    /**
     * Aggregates over the observation period {@code from}..{@code to} (both inclusive), for callers who know it: a
     * shop open on the last Sunday without a sale still has a complete week. Sales outside the period are ignored.
     *
     * @return one series per key with at least one sale in the period, ordered by key
     */
    public static List<WeeklySeries> aggregate(List<Sale> sales, LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        int weeks = (int) (ChronoUnit.DAYS.between(firstMonday, lastSunday) + 1) / 7;
        if (weeks <= 0) {
            throw MarketPilotException.invalid(
                    "observation period " + from + " to " + to + " holds no complete Monday-to-Sunday week");
        }
        Map<String, double[]> totals = new TreeMap<>();
        for (Sale s : sales) {
            long day = ChronoUnit.DAYS.between(firstMonday, s.date());
            if (day < 0 || day >= 7L * weeks) {
                continue;
            }
            totals.computeIfAbsent(s.seriesKey(), k -> new double[weeks])[(int) (day / 7)] += s.amount();
        }
        List<WeeklySeries> series = new ArrayList<>(totals.size());
        totals.forEach((key, values) -> series.add(new WeeklySeries(key, firstMonday, values)));
        return series;
    }
}
