package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.EVENTS_PREFIX;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.RETURN_RATE;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Names segments by rules on their facts. z is the segment's z-score against the population (see
 * {@link FeatureStat#z()}); medians and means are in original units. In this priority order, each name goes to
 * the matching segment with the highest strength that has no name yet, so names are unique:
 *
 * <ol>
 *   <li>High-value loyalists: z(monetary) ≥ 0.5, z(frequency) ≥ 0.5, z(recency) ≤ 0; strength z(monetary) +
 *       z(frequency)
 *   <li>At-risk regulars: median frequency ≥ 2, z(frequency) ≥ 0, z(recency) ≥ 0.5; strength z(recency)
 *   <li>New customers: z(tenure) ≤ −0.5 and median tenure ≤ 90 days; strength −z(tenure)
 *   <li>Gift shoppers: mean seasonal share ≥ 0.5 and ≥ 1.5× the population's; strength the share
 *   <li>Bargain hunters: z(average unit price) ≤ −0.5, z(frequency) ≥ 0; strength −z(unit price)
 *   <li>Frequent returners: mean return rate ≥ 0.15, z(return rate) ≥ 0.5; strength z(return rate)
 *   <li>One-off buyers: median frequency ≤ 1; strength −z(frequency)
 *   <li>Engaged browsers: some event type with z ≥ 0.5, z(frequency) ≤ 0; strength that z
 * </ol>
 *
 * Segments left over are "Steady customers" (z(frequency) ≥ 0) or "Occasional buyers"; a repeated fallback gets
 * " (2)", " (3)"… in segment order.
 */
final class PersonaNames {
    static final String LOYALISTS = "High-value loyalists";
    static final String AT_RISK = "At-risk regulars";
    static final String NEW = "New customers";
    static final String GIFT = "Gift shoppers";
    static final String BARGAIN = "Bargain hunters";
    static final String RETURNERS = "Frequent returners";
    static final String ONE_OFF = "One-off buyers";
    static final String BROWSERS = "Engaged browsers";
    static final String STEADY = "Steady customers";
    static final String OCCASIONAL = "Occasional buyers";

    private record Rule(String name, Predicate<SegmentFacts> matches, ToDoubleFunction<SegmentFacts> strength) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    LOYALISTS,
                    f -> f.z(MONETARY) >= 0.5 && f.z(FREQUENCY) >= 0.5 && f.z(RECENCY) <= 0,
                    f -> f.z(MONETARY) + f.z(FREQUENCY)),
            new Rule(
                    AT_RISK,
                    f -> f.median(FREQUENCY) >= 2 && f.z(FREQUENCY) >= 0 && f.z(RECENCY) >= 0.5,
                    f -> f.z(RECENCY)),
            new Rule(NEW, f -> f.z(TENURE) <= -0.5 && f.median(TENURE) <= 90, f -> -f.z(TENURE)),
            new Rule(
                    GIFT,
                    f -> f.mean(SEASONAL_SHARE) >= 0.5
                            && f.mean(SEASONAL_SHARE) >= 1.5 * populationMean(f, SEASONAL_SHARE),
                    f -> f.mean(SEASONAL_SHARE)),
            new Rule(BARGAIN, f -> f.z(AVG_UNIT_PRICE) <= -0.5 && f.z(FREQUENCY) >= 0, f -> -f.z(AVG_UNIT_PRICE)),
            new Rule(RETURNERS, f -> f.mean(RETURN_RATE) >= 0.15 && f.z(RETURN_RATE) >= 0.5, f -> f.z(RETURN_RATE)),
            new Rule(ONE_OFF, f -> f.median(FREQUENCY) <= 1, f -> -f.z(FREQUENCY)),
            new Rule(BROWSERS, f -> maxEventZ(f) >= 0.5 && f.z(FREQUENCY) <= 0, PersonaNames::maxEventZ));

    private PersonaNames() {}

    /** A unique name per segment id. */
    static Map<Integer, String> assign(List<SegmentFacts> segments) {
        Map<Integer, String> names = new HashMap<>();
        for (Rule rule : RULES) {
            SegmentFacts best = null;
            for (SegmentFacts facts : segments) {
                if (!names.containsKey(facts.segmentId())
                        && rule.matches().test(facts)
                        && (best == null
                                || rule.strength().applyAsDouble(facts)
                                        > rule.strength().applyAsDouble(best))) {
                    best = facts;
                }
            }
            if (best != null) {
                names.put(best.segmentId(), rule.name());
            }
        }
        Set<String> used = new HashSet<>(names.values());
        for (SegmentFacts facts : segments) {
            if (!names.containsKey(facts.segmentId())) {
                String base = facts.z(FREQUENCY) >= 0 ? STEADY : OCCASIONAL;
                String name = base;
                for (int copy = 2; used.contains(name); copy++) {
                    name = base + " (" + copy + ")";
                }
                used.add(name);
                names.put(facts.segmentId(), name);
            }
        }
        return names;
    }

    private static double populationMean(SegmentFacts facts, String column) {
        return facts.stat(column).map(FeatureStat::populationMean).orElse(Double.NaN);
    }

    private static double maxEventZ(SegmentFacts facts) {
        double max = Double.NEGATIVE_INFINITY;
        for (FeatureStat stat : facts.stats().values()) {
            if (stat.column().startsWith(EVENTS_PREFIX)) {
                max = Math.max(max, stat.z());
            }
        }
        return max;
    }
}
