package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RuleBasedPersonaWriterTest {
    private final RuleBasedPersonaWriter writer = new RuleBasedPersonaWriter();

    /** Facts with the given z-scores; medians default to 3 orders, 100 days of tenure and a 0.1 seasonal share. */
    private static SegmentFacts facts(int id, Map<String, Double> z, Map<String, Double> medians) {
        Map<String, FeatureStat> stats = new HashMap<>();
        for (String column : List.of(RECENCY, FREQUENCY, MONETARY, TENURE, AVG_UNIT_PRICE, SEASONAL_SHARE)) {
            double median = medians.getOrDefault(
                    column, column.equals(FREQUENCY) ? 3.0 : column.equals(SEASONAL_SHARE) ? 0.1 : 100.0);
            double populationMean = column.equals(SEASONAL_SHARE) ? 0.15 : 100;
            stats.put(
                    column, new FeatureStat(column, median, median, populationMean, 100, z.getOrDefault(column, 0.0)));
        }
        return new SegmentFacts(id, 10, 0.25, 0.25, List.of(), List.of(), OptionalDouble.empty(), stats);
    }

    private static SegmentFacts facts(int id, Map<String, Double> z) {
        return facts(id, z, Map.of());
    }

    private List<String> names(SegmentFacts... segments) {
        return writer.write(List.of(segments)).stream().map(Persona::name).toList();
    }

    @Test
    void namesTheFourClassicSegments() {
        var loyal = facts(0, Map.of(MONETARY, 1.5, FREQUENCY, 1.4, RECENCY, -1.0));
        var atRisk = facts(1, Map.of(FREQUENCY, 0.6, RECENCY, 1.2), Map.of(FREQUENCY, 9.0, TENURE, 600.0));
        var fresh = facts(2, Map.of(TENURE, -1.5, FREQUENCY, -0.8), Map.of(FREQUENCY, 1.0, TENURE, 20.0));
        var oneOff = facts(3, Map.of(FREQUENCY, -1.0, RECENCY, 1.0), Map.of(FREQUENCY, 1.0, TENURE, 500.0));

        assertThat(names(loyal, atRisk, fresh, oneOff))
                .containsExactly("High-value loyalists", "At-risk regulars", "New customers", "One-off buyers");
    }

    @Test
    void namesSeasonalSegmentsGiftShoppers() {
        var gift = facts(0, Map.of(SEASONAL_SHARE, 2.0), Map.of(SEASONAL_SHARE, 0.8));

        assertThat(names(gift)).containsExactly("Gift shoppers");
    }

    @Test
    void namesFrequentBuyersOfCheapItemsBargainHunters() {
        var bargain = facts(0, Map.of(AVG_UNIT_PRICE, -1.2, FREQUENCY, 0.3));

        assertThat(names(bargain)).containsExactly("Bargain hunters");
    }

    @Test
    void givesANameToTheStrongestMatchAndKeepsNamesUnique() {
        var loyal = facts(0, Map.of(MONETARY, 0.8, FREQUENCY, 0.7, RECENCY, -0.2));
        var moreLoyal = facts(1, Map.of(MONETARY, 2.0, FREQUENCY, 1.8, RECENCY, -0.5));
        var plain = facts(2, Map.of());
        var plainToo = facts(3, Map.of());

        List<String> names = names(loyal, moreLoyal, plain, plainToo);

        assertThat(names.get(1)).isEqualTo("High-value loyalists");
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).contains("Steady customers", "Steady customers (2)");
    }

    @Test
    void suggestsTwoOrThreeAnglesPerPersona() {
        var loyal = facts(0, Map.of(MONETARY, 1.5, FREQUENCY, 1.4, RECENCY, -1.0));
        var plain = facts(1, Map.of(FREQUENCY, -0.4));

        assertThat(writer.write(List.of(loyal, plain)))
                .allSatisfy(persona -> assertThat(persona.angles()).hasSizeBetween(2, 3));
    }

    @Test
    void describesSizeRevenueTraitsCategoriesAndSentiment() {
        var trait = new Trait(FREQUENCY, 1.4, 14, 2, 6.2, "orders 6.2× as often as average (median 14 orders)");
        var facts = new SegmentFacts(
                0,
                1_120,
                0.256,
                0.612,
                List.of(trait),
                List.of("Kitchen", "Garden"),
                OptionalDouble.of(0.42),
                Map.of());

        String description = RuleBasedPersonaWriter.description(facts);

        assertThat(description)
                .isEqualTo("1,120 customers (25.6% of customers, 61.2% of net revenue). Orders 6.2× as often as"
                        + " average (median 14 orders). Top categories: Kitchen, Garden. Typical review sentiment"
                        + " 0.42.");
    }
}
