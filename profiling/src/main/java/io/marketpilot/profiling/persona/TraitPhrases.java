package io.marketpilot.profiling.persona;

import io.marketpilot.profiling.features.FeatureDefinition;
import java.util.Locale;

/**
 * Plain-words sentences for distinguishing features, with the numbers behind them. Ratios of at least one half
 * read as "orders 6.2× as often as average (median 14 orders)"; smaller ones, where "0.1×" says little, read as
 * "orders rarely (median 1 order vs 9.3 on average)".
 */
final class TraitPhrases {
    private static final double SMALL_RATIO = 0.5;

    private TraitPhrases() {}

    /** Wording per column: the sentence with a ratio, the sentence for a small ratio, the unit of the median. */
    private record Wording(String withRatio, String whenSmall, String unit, boolean money) {}

    static String describe(FeatureStat s) {
        String column = s.column();
        if (column.equals(FeatureDefinition.RETURN_RATE)) {
            return "returns " + percent(s.segmentMean()) + " of what they buy, vs " + percent(s.populationMean())
                    + " on average";
        }
        if (column.equals(FeatureDefinition.SEASONAL_SHARE)) {
            return "places " + percent(s.segmentMean()) + " of their spend in November–December, vs "
                    + percent(s.populationMean()) + " on average";
        }
        Wording wording = wording(column);
        double ratio = s.ratio();
        String median = wording.money() ? money(s.segmentMedian()) : number(s.segmentMedian());
        String unit = wording.unit().isEmpty() ? "" : " " + unit(wording.unit(), s.segmentMedian());
        if (Double.isNaN(ratio) || ratio <= 0) {
            return column + ": mean " + number(s.segmentMean()) + " vs " + number(s.populationMean()) + " on average";
        }
        if (ratio < SMALL_RATIO) {
            String average = wording.money() ? money(s.populationMean()) : number(s.populationMean());
            return wording.whenSmall() + " (median " + median + unit + " vs " + average + " on average)";
        }
        return String.format(Locale.ROOT, wording.withRatio(), String.format(Locale.ROOT, "%.1f×", ratio)) + " (median "
                + median + unit + ")";
    }

    private static Wording wording(String column) {
        if (column.startsWith(FeatureDefinition.EVENTS_PREFIX)) {
            String type = column.substring(FeatureDefinition.EVENTS_PREFIX.length());
            return new Wording(
                    "has %s as many '" + type + "' events as average in the last 90 days",
                    "rarely has '" + type + "' events in the last 90 days",
                    "",
                    false);
        }
        return switch (column) {
            case FeatureDefinition.FREQUENCY ->
                new Wording("orders %s as often as average", "orders rarely", "order", false);
            case FeatureDefinition.MONETARY ->
                new Wording("spends %s the average net revenue", "spends little", "", true);
            case FeatureDefinition.RECENCY ->
                new Wording("last bought %s as long ago as average", "bought recently", "day", false);
            case FeatureDefinition.TENURE ->
                new Wording("has been a customer %s as long as average", "joined recently", "day", false);
            case FeatureDefinition.AVG_ORDER_VALUE ->
                new Wording("spends %s the average per order", "places small orders", "", true);
            case FeatureDefinition.AVG_UNIT_PRICE ->
                new Wording("pays %s the average price per item", "buys cheap items", "", true);
            case FeatureDefinition.CADENCE ->
                new Wording("waits %s as long between orders as average", "reorders quickly", "day", false);
            default -> new Wording(column + " %s the average", column + " is low", "", false);
        };
    }

    private static String unit(String unit, double value) {
        return Math.abs(value - 1) < 1e-9 ? unit : unit + "s";
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 10 || Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
