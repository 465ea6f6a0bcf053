package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_ORDER_VALUE;
import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.EVENTS_PREFIX;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RETURN_RATE;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The adjectives that can tell a persona from a namesake, each backed by a feature with |z| ≥ 0.5 and strongest
 * first; words the status or buyer kind already imply ("frequent" regulars) are left out.
 */
final class Qualifiers {
    private Qualifiers() {}

    private record Candidate(String word, double strength) {}

    static List<String> of(SegmentFacts f, PersonaStatus status, BuyerKind kind) {
        List<Candidate> candidates = new ArrayList<>();
        boolean spendImplied = kind == BuyerKind.BIG_SPENDERS || kind == BuyerKind.LOYALISTS;
        boolean frequencyImplied = kind == BuyerKind.REGULARS
                || kind == BuyerKind.LOYALISTS
                || kind == BuyerKind.ONE_OFF
                || kind == BuyerKind.OCCASIONAL;
        if (!spendImplied) {
            add(candidates, f, MONETARY, "big-spending", "low-spending");
        }
        if (!frequencyImplied) {
            add(candidates, f, FREQUENCY, "frequent", "infrequent");
        }
        add(candidates, f, AVG_ORDER_VALUE, "large-basket", "small-basket");
        add(candidates, f, AVG_UNIT_PRICE, "premium", kind == BuyerKind.BARGAIN_HUNTERS ? null : "bargain");
        add(candidates, f, TENURE, "long-standing", status == PersonaStatus.NEW ? null : "recently joined");
        if (kind != BuyerKind.GIFT_SHOPPERS) {
            add(candidates, f, SEASONAL_SHARE, "holiday", null);
        }
        if (kind != BuyerKind.RETURNERS) {
            add(candidates, f, RETURN_RATE, "high-return", null);
        }
        if (kind != BuyerKind.BROWSERS) {
            for (FeatureStat stat : f.stats().values()) {
                if (stat.column().startsWith(EVENTS_PREFIX)) {
                    add(candidates, f, stat.column(), eventWord(stat.column()), null);
                }
            }
        }
        // strongest first; ties by word so that the order never depends on map iteration
        candidates.sort(
                Comparator.comparingDouble((Candidate c) -> -c.strength()).thenComparing(Candidate::word));
        Set<String> words = new LinkedHashSet<>();
        candidates.forEach(c -> words.add(c.word()));
        return List.copyOf(words);
    }

    /** Adds the word for the direction the segment leans on the column; a null word: none that way. */
    private static void add(
            List<Candidate> candidates, SegmentFacts f, String column, @Nullable String high, @Nullable String low) {
        double z = f.z(column);
        if (z >= PersonaNames.STRONG && high != null) {
            candidates.add(new Candidate(high, z));
        } else if (z <= -PersonaNames.STRONG && low != null) {
            candidates.add(new Candidate(low, -z));
        }
    }

    private static String eventWord(String column) {
        String type = column.substring(EVENTS_PREFIX.length());
        if (type.contains("email")) {
            return "email-engaged";
        }
        if (type.contains("view") || type.contains("visit")) {
            return "browsing";
        }
        return type.replace('_', '-') + "-active";
    }
}
