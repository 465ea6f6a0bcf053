package io.marketpilot.predict.sendtime;

import com.google.errorprone.annotations.FormatMethod;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@link SendTimeEvaluation}: hits of every method in every history group, and the chance rates of a
 * window drawn at random to read them against.
 *
 * @param hourWindow hours either side of the recommended hour that still count as a hit
 * @param withoutNextPurchase customers with purchases before the split but none after it, not evaluated
 * @param withoutHistory customers whose first purchase is at or after the split, not evaluated
 * @param results one row per history group and method, in the order of {@link HistorySize} then
 *     {@link SendTimeMethod}
 */
public record SendTimeEvaluationReport(
        LocalDateTime splitAt,
        int hourWindow,
        SendTimeFit fit,
        int withoutNextPurchase,
        int withoutHistory,
        List<SendTimeHits> results) {
    public SendTimeEvaluationReport {
        results = List.copyOf(results);
    }

    /** The hits of one method among one group of customers. */
    public SendTimeHits hits(SendTimeMethod method, HistorySize history) {
        return results.stream()
                .filter(h -> h.method() == method && h.history() == history)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hits for " + method + " among " + history));
    }

    /** Customers scored: those with purchases both before and at or after the split. */
    public int customersEvaluated() {
        return hits(SendTimeMethod.GLOBAL, HistorySize.ALL).customers();
    }

    /** Chance that a random weekday and hour window catches a purchase: 1/7 × (2w+1)/24. */
    public double chanceRate() {
        return weekdayChanceRate() * hourChanceRate();
    }

    public double weekdayChanceRate() {
        return 1.0 / 7;
    }

    public double hourChanceRate() {
        return (2.0 * hourWindow + 1) / 24;
    }

    /** A plain-text table for a terminal. */
    public String toTable() {
        return table(true);
    }

    /**
     * The table without anything that depends on the hour: for files with dates only, whose purchases all stand at
     * midnight and would hit every hour window.
     */
    public String toWeekdayTable() {
        return table(false);
    }

    private String table(boolean hours) {
        StringBuilder out = new StringBuilder();
        SendTimeRecommendation global = fit.globalWindow();
        line(
                out,
                "split at %s%s; fitted on %d purchases of %d customers before the split",
                splitAt,
                hours ? String.format(Locale.ROOT, ", window ±%d h", hourWindow) : "",
                fit.purchases(),
                fit.customers());
        line(
                out,
                "prior strength (empirical Bayes): weekday %.2f%s; global window %s%s",
                fit.weekdayStrength(),
                hours ? String.format(Locale.ROOT, ", hour %.2f", fit.hourStrength()) : "",
                global.day(),
                hours ? String.format(Locale.ROOT, " %02d:00 ±%d h", global.hour(), hourWindow) : "");
        line(
                out,
                "evaluated %d customers on their first purchase at or after the split; not evaluated: %d with none"
                        + " after, %d with none before",
                customersEvaluated(),
                withoutNextPurchase,
                withoutHistory);
        String header = "%-11s %-24s %9s %6s %8s %13s" + (hours ? " %8s %8s" : "");
        String row = "%-11s %-24s %9d %6d %8.3f %13s" + (hours ? " %8.3f %8.3f" : "");
        text(
                out,
                String.format(
                        Locale.ROOT,
                        header,
                        "history",
                        "method",
                        "customers",
                        "hits",
                        hours ? "hit rate" : "weekday",
                        "95% interval",
                        "weekday",
                        "hour"));
        for (HistorySize history : HistorySize.values()) {
            for (SendTimeMethod method : SendTimeMethod.values()) {
                SendTimeHits h = hits(method, history);
                text(
                        out,
                        String.format(
                                Locale.ROOT,
                                row,
                                history.label(),
                                method.label(),
                                h.customers(),
                                hours ? h.hits() : h.weekdayHits(),
                                hours ? h.hitRate() : h.weekdayHitRate(),
                                interval(hours ? h.hits() : h.weekdayHits(), h.customers()),
                                h.weekdayHitRate(),
                                h.hourHitRate()));
            }
        }
        text(
                out,
                String.format(
                        Locale.ROOT,
                        "%-11s %-24s %9s %6s %8.3f %13s" + (hours ? " %8.3f %8.3f" : ""),
                        "any",
                        "chance (random window)",
                        "",
                        "",
                        hours ? chanceRate() : weekdayChanceRate(),
                        "",
                        weekdayChanceRate(),
                        hourChanceRate()));
        return out.toString();
    }

    private static String interval(int hits, int customers) {
        return customers == 0
                ? "-"
                : String.format(
                        Locale.ROOT,
                        "%.3f-%.3f",
                        SendTimeHits.wilson(hits, customers, -1),
                        SendTimeHits.wilson(hits, customers, 1));
    }

    @FormatMethod
    private static void line(StringBuilder out, String format, Object... args) {
        text(out, String.format(Locale.ROOT, format, args));
    }

    /** Appends one line; the table's lines come formatted, their format depending on whether hours are shown. */
    private static void text(StringBuilder out, String line) {
        out.append(line.stripTrailing()).append('\n');
    }
}
