package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.RETURN_RATE;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Segment facts for persona tests, with only what a test sets differing from an average segment. */
final class Facts {
    static final List<String> COLUMNS =
            List.of(RECENCY, FREQUENCY, MONETARY, TENURE, AVG_UNIT_PRICE, SEASONAL_SHARE, RETURN_RATE);

    private Facts() {}

    /**
     * @param z z-score per column (0 when absent)
     * @param medians segment median (and mean) per column; defaults: 3 orders, a 0.1 seasonal share, no returns,
     *     100 otherwise
     */
    static SegmentFacts of(
            int id,
            Map<String, Double> z,
            Map<String, Double> medians,
            OptionalDouble churnRisk,
            OptionalDouble overdue) {
        Map<String, FeatureStat> stats = new HashMap<>();
        for (String column : COLUMNS) {
            double median = medians.getOrDefault(column, defaultMedian(column));
            double populationMean = column.equals(SEASONAL_SHARE) ? 0.15 : column.equals(RETURN_RATE) ? 0.03 : 100;
            stats.put(
                    column, new FeatureStat(column, median, median, populationMean, 100, z.getOrDefault(column, 0.0)));
        }
        return new SegmentFacts(
                id,
                10,
                0.25,
                0.25,
                List.of(),
                DistinguishingItems.Kind.CATEGORY,
                List.of(),
                OptionalDouble.empty(),
                churnRisk,
                overdue,
                stats);
    }

    static SegmentFacts of(int id, Map<String, Double> z, Map<String, Double> medians) {
        return of(id, z, medians, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static SegmentFacts of(int id, Map<String, Double> z) {
        return of(id, z, Map.of());
    }

    private static double defaultMedian(String column) {
        return switch (column) {
            case FREQUENCY -> 3.0;
            case SEASONAL_SHARE -> 0.1;
            case RETURN_RATE -> 0.0;
            default -> 100.0;
        };
    }
}
