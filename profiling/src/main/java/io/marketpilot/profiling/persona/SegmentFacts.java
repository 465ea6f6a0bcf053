package io.marketpilot.profiling.persona;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a {@link PersonaWriter} may say about a segment; every writer (rules today, a language model later)
 * works from these facts only, so that personas never claim what the data does not show.
 *
 * @param segmentId the k-means cluster index
 * @param size customers in the segment
 * @param share size / all segmented customers
 * @param revenueShare the segment's net revenue / all net revenue (0 when the total is not positive)
 * @param traits the 3–4 features that set it apart most, strongest first
 * @param itemKind whether {@code topItems} are categories or products (a catalogue without categories)
 * @param topItems what members buy more than the shop as a whole (by lift), at most 3, highest lift first
 * @param typicalSentiment median review sentiment of members with one; empty without sentiment input
 * @param churnRisk mean predicted churn risk (1 − P(alive)) of members; empty without churn input
 * @param overdue median, over members with two or more orders, of days since the last order divided by their
 *     usual days between orders: 3 means three usual gaps without an order; empty when no member reordered
 * @param stats every numeric feature of the segment against the population, by column name
 */
public record SegmentFacts(
        int segmentId,
        int size,
        double share,
        double revenueShare,
        List<Trait> traits,
        DistinguishingItems.Kind itemKind,
        List<DistinguishingItems.Item> topItems,
        OptionalDouble typicalSentiment,
        OptionalDouble churnRisk,
        OptionalDouble overdue,
        Map<String, FeatureStat> stats) {

    public SegmentFacts {
        traits = List.copyOf(traits);
        topItems = List.copyOf(topItems);
        stats = Map.copyOf(stats);
    }

    /** The top items' names, when they are categories; empty otherwise. */
    public List<String> topCategories() {
        return itemKind == DistinguishingItems.Kind.CATEGORY ? names() : List.of();
    }

    /** The top items' names, when they are products; empty otherwise. */
    public List<String> topProducts() {
        return itemKind == DistinguishingItems.Kind.PRODUCT ? names() : List.of();
    }

    private List<String> names() {
        return topItems.stream().map(DistinguishingItems.Item::name).toList();
    }

    public Optional<FeatureStat> stat(String column) {
        return Optional.ofNullable(stats.get(column));
    }

    /** The z-score of a column, 0 when the snapshot has no such column. */
    public double z(String column) {
        return stat(column).map(FeatureStat::z).orElse(0.0);
    }

    /** The segment median of a column, NaN when the snapshot has no such column. */
    public double median(String column) {
        return stat(column).map(FeatureStat::segmentMedian).orElse(Double.NaN);
    }

    /** The segment mean of a column, NaN when the snapshot has no such column. */
    public double mean(String column) {
        return stat(column).map(FeatureStat::segmentMean).orElse(Double.NaN);
    }
}
