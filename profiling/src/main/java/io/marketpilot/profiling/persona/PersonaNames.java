package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.EVENTS_PREFIX;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.RETURN_RATE;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names segments from the features that set them apart (z-scores against the population, see
 * {@link FeatureStat#z()}): a {@link PersonaStatus} and a {@link BuyerKind}, e.g. "At-risk big spenders", "Lapsed
 * one-off buyers", "High-value loyalists". Names never contradict the segment's figures: a segment is at risk when
 * it last bought long ago (z(recency) ≥ 0.5), its members' mean predicted churn risk is {@value #HIGH_CHURN_RISK}
 * or more, or its repeat buyers have let {@value #OVERDUE_GAPS} of their usual gaps between orders pass (median),
 * and then it is called "At-risk" (or "Lapsed" for one-off buyers), never steady, active or loyal.
 *
 * <p>Names that would repeat get, one at a time and in segment order, each segment's strongest remaining
 * qualifier from {@link Qualifiers} ("At-risk email-engaged regulars"), until all are unique; a segment with no
 * qualifier left gets its median order count.
 */
final class PersonaNames {
    static final double STRONG = 0.5;
    static final double HIGH_CHURN_RISK = 0.5;
    static final double OVERDUE_GAPS = 3.0;
    static final double NEW_TENURE_DAYS = 90;
    private static final int MAX_ROUNDS = 8;

    private PersonaNames() {}

    /** A unique name per segment id. */
    static Map<Integer, PersonaName> assign(List<SegmentFacts> segments) {
        Map<Integer, PersonaName> named = new LinkedHashMap<>();
        if (segments.size() == 1 && segments.get(0).share() >= 1.0) {
            // one segment is the whole population: every z-score is 0 and any label but "all" would be invented
            named.put(
                    segments.get(0).segmentId(),
                    new PersonaName(PersonaStatus.NONE, List.of(), BuyerKind.EVERYONE, ""));
            return named;
        }
        Map<Integer, List<String>> left = new HashMap<>();
        for (SegmentFacts facts : segments) {
            PersonaStatus status = status(facts);
            BuyerKind kind = kind(facts, status);
            named.put(facts.segmentId(), new PersonaName(status, List.of(), kind, ""));
            left.put(facts.segmentId(), new ArrayList<>(Qualifiers.of(facts, status, kind)));
        }
        for (int round = 0; round < MAX_ROUNDS && hasClash(named); round++) {
            Map<String, List<SegmentFacts>> clashes = new LinkedHashMap<>();
            for (SegmentFacts facts : segments) {
                clashes.computeIfAbsent(entry(named, facts).text(), x -> new ArrayList<>())
                        .add(facts);
            }
            for (List<SegmentFacts> group : clashes.values()) {
                if (group.size() > 1) {
                    tellApart(group, named, left);
                }
            }
        }
        return named;
    }

    /**
     * Gives each namesake that has a qualifier left its next one; one that has none keeps its name, which the
     * others now differ from. Only when none of them has a qualifier left do they get their median order count.
     */
    private static void tellApart(
            List<SegmentFacts> group, Map<Integer, PersonaName> named, Map<Integer, List<String>> left) {
        boolean anyLeft = group.stream().anyMatch(f -> !entry(left, f).isEmpty());
        if (!anyLeft) {
            group.forEach(f -> named.put(f.segmentId(), entry(named, f).withSuffix(figure(f, group))));
            return;
        }
        for (SegmentFacts facts : group) {
            List<String> qualifiers = entry(left, facts);
            if (!qualifiers.isEmpty()) {
                named.put(facts.segmentId(), entry(named, facts).with(qualifiers.remove(0)));
            }
        }
    }

    /** A segment's entry in one of assign()'s maps, which hold one for every segment from the start. */
    private static <V> V entry(Map<Integer, V> bySegment, SegmentFacts facts) {
        return Objects.requireNonNull(bySegment.get(facts.segmentId()), "no entry for a segment being named");
    }

    /**
     * The last resort for namesakes with no qualifier left: the median of the first of orders, spend, recency and
     * tenure whose medians differ across the group, e.g. " (median 6 orders)".
     */
    private static String figure(SegmentFacts facts, List<SegmentFacts> group) {
        for (String column : List.of(FREQUENCY, MONETARY, RECENCY, TENURE)) {
            long distinct =
                    group.stream().map(f -> figure(f, column)).distinct().count();
            if (distinct == group.size()) {
                return figure(facts, column);
            }
        }
        return " (segment " + facts.segmentId() + ")";
    }

    private static String figure(SegmentFacts f, String column) {
        String median = TraitPhrases.number(f.median(column));
        return switch (column) {
            case FREQUENCY -> " (median " + median + " orders)";
            case MONETARY -> " (median spend " + median + ")";
            case RECENCY -> " (median " + median + " days since the last order)";
            default -> " (median " + median + " days a customer)";
        };
    }

    static PersonaStatus status(SegmentFacts f) {
        if (isNew(f)) {
            return PersonaStatus.NEW;
        }
        if (atRisk(f)) {
            return oneOff(f) ? PersonaStatus.LAPSED : PersonaStatus.AT_RISK;
        }
        return f.z(RECENCY) <= -STRONG ? PersonaStatus.ACTIVE : PersonaStatus.NONE;
    }

    static BuyerKind kind(SegmentFacts f, PersonaStatus status) {
        if (gift(f)) {
            return BuyerKind.GIFT_SHOPPERS;
        }
        if (f.mean(RETURN_RATE) >= 0.15 && f.z(RETURN_RATE) >= STRONG) {
            return BuyerKind.RETURNERS;
        }
        if (status == PersonaStatus.NEW) {
            return BuyerKind.CUSTOMERS;
        }
        if (oneOff(f)) {
            return BuyerKind.ONE_OFF;
        }
        boolean frequent = f.z(FREQUENCY) >= STRONG;
        boolean bigSpending = f.z(MONETARY) >= STRONG;
        if (frequent && bigSpending) {
            return status.atRisk() ? BuyerKind.BIG_SPENDERS : BuyerKind.LOYALISTS;
        }
        if (frequent) {
            return BuyerKind.REGULARS;
        }
        if (bigSpending) {
            return BuyerKind.BIG_SPENDERS;
        }
        if (f.z(AVG_UNIT_PRICE) <= -STRONG && f.z(FREQUENCY) >= 0) {
            return BuyerKind.BARGAIN_HUNTERS;
        }
        if (maxEventZ(f) >= STRONG && f.z(FREQUENCY) <= 0) {
            return BuyerKind.BROWSERS;
        }
        if (f.z(FREQUENCY) < 0 || f.z(MONETARY) <= -STRONG) {
            return BuyerKind.OCCASIONAL;
        }
        return f.median(FREQUENCY) >= 2 ? BuyerKind.REPEAT_BUYERS : BuyerKind.CUSTOMERS;
    }

    /** Whether the segment's figures say its customers are slipping away. */
    static boolean atRisk(SegmentFacts f) {
        return f.z(RECENCY) >= STRONG
                || (f.churnRisk().isPresent() && f.churnRisk().getAsDouble() >= HIGH_CHURN_RISK)
                || (f.median(FREQUENCY) >= 2
                        && f.overdue().isPresent()
                        && f.overdue().getAsDouble() >= OVERDUE_GAPS);
    }

    static boolean isNew(SegmentFacts f) {
        return f.z(TENURE) <= -STRONG && f.median(TENURE) <= NEW_TENURE_DAYS;
    }

    static boolean oneOff(SegmentFacts f) {
        return f.median(FREQUENCY) <= 1;
    }

    static boolean gift(SegmentFacts f) {
        double populationMean =
                f.stat(SEASONAL_SHARE).map(FeatureStat::populationMean).orElse(Double.NaN);
        return f.mean(SEASONAL_SHARE) >= 0.5 && f.mean(SEASONAL_SHARE) >= 1.5 * populationMean;
    }

    static double maxEventZ(SegmentFacts facts) {
        double max = Double.NEGATIVE_INFINITY;
        for (FeatureStat stat : facts.stats().values()) {
            if (stat.column().startsWith(EVENTS_PREFIX)) {
                max = Math.max(max, stat.z());
            }
        }
        return max;
    }

    static boolean hasClash(Map<Integer, PersonaName> named) {
        return counts(named).values().stream().anyMatch(c -> c > 1);
    }

    private static Map<String, Integer> counts(Map<Integer, PersonaName> named) {
        Map<String, Integer> counts = new HashMap<>();
        named.values().forEach(n -> counts.merge(n.text(), 1, Integer::sum));
        return counts;
    }
}
