package io.marketpilot.profiling.persona;

import static io.marketpilot.profiling.features.FeatureDefinition.AVG_UNIT_PRICE;
import static io.marketpilot.profiling.features.FeatureDefinition.FREQUENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.MONETARY;
import static io.marketpilot.profiling.features.FeatureDefinition.RECENCY;
import static io.marketpilot.profiling.features.FeatureDefinition.SEASONAL_SHARE;
import static io.marketpilot.profiling.features.FeatureDefinition.TENURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RuleBasedPersonaWriterTest {
    private final RuleBasedPersonaWriter writer = new RuleBasedPersonaWriter();

    private List<String> names(SegmentFacts... segments) {
        return writer.write(List.of(segments)).stream().map(Persona::name).toList();
    }

    @Test
    void namesTheFourClassicSegments() {
        var loyal = Facts.of(0, Map.of(MONETARY, 1.5, FREQUENCY, 1.4, RECENCY, -1.0));
        var atRisk = Facts.of(1, Map.of(FREQUENCY, 0.6, RECENCY, 1.2), Map.of(FREQUENCY, 9.0, TENURE, 600.0));
        var fresh = Facts.of(2, Map.of(TENURE, -1.5, FREQUENCY, -0.8), Map.of(FREQUENCY, 1.0, TENURE, 20.0));
        var oneOff = Facts.of(3, Map.of(FREQUENCY, -1.0, RECENCY, 1.0), Map.of(FREQUENCY, 1.0, TENURE, 500.0));

        assertThat(names(loyal, atRisk, fresh, oneOff))
                .containsExactly("High-value loyalists", "At-risk regulars", "New customers", "Lapsed one-off buyers");
    }

    @Test
    void namesSeasonalSegmentsGiftShoppers() {
        var gift = Facts.of(0, Map.of(SEASONAL_SHARE, 2.0), Map.of(SEASONAL_SHARE, 0.8));

        assertThat(names(gift)).containsExactly("Gift shoppers");
    }

    @Test
    void namesFrequentBuyersOfCheapItemsBargainHunters() {
        var bargain = Facts.of(0, Map.of(AVG_UNIT_PRICE, -1.2, FREQUENCY, 0.3));

        assertThat(names(bargain)).containsExactly("Bargain hunters");
    }

    @Test
    void aFrequentSegmentWithAHighChurnRiskIsAtRiskNotSteadyOrLoyal() {
        // the sample shop's old "Steady customers": frequent and big-spending, but with a 75 % churn risk
        var slipping = Facts.of(
                0,
                Map.of(FREQUENCY, 0.9, MONETARY, 0.8, RECENCY, 0.3),
                Map.of(FREQUENCY, 5.0),
                OptionalDouble.of(0.75),
                OptionalDouble.of(2.0));

        assertThat(names(slipping)).containsExactly("At-risk big spenders");
        assertThat(writer.write(List.of(slipping)).get(0).angles())
                .first()
                .asString()
                .contains("Win-back");
    }

    @Test
    void repeatBuyersOverdueByThreeUsualGapsAreAtRiskEvenWithoutAChurnModel() {
        var overdue = Facts.of(
                0, Map.of(FREQUENCY, 0.6), Map.of(FREQUENCY, 4.0), OptionalDouble.empty(), OptionalDouble.of(7.9));

        assertThat(names(overdue)).containsExactly("At-risk regulars");
    }

    @Test
    void tellsNamesakesApartByWhatDistinguishesThemNotByNumbers() {
        var holiday = Facts.of(0, Map.of(RECENCY, 1.0, SEASONAL_SHARE, 0.7));
        var premium = Facts.of(1, Map.of(RECENCY, 1.1, AVG_UNIT_PRICE, 0.9));
        var plain = Facts.of(2, Map.of(RECENCY, 0.8));

        assertThat(names(holiday, premium, plain))
                .containsExactly(
                        "At-risk holiday repeat buyers", "At-risk premium repeat buyers", "At-risk repeat buyers");
    }

    @Test
    void fallsBackToAFigureOnlyWhenNamesakesDifferInNothingElse() {
        var loyal = Facts.of(0, Map.of(MONETARY, 0.8, FREQUENCY, 0.7, RECENCY, -0.2), Map.of(FREQUENCY, 4.0));
        var moreLoyal = Facts.of(1, Map.of(MONETARY, 2.0, FREQUENCY, 1.8, RECENCY, -0.5), Map.of(FREQUENCY, 9.0));

        assertThat(names(loyal, moreLoyal))
                .containsExactly("High-value loyalists (median 4 orders)", "High-value loyalists (median 9 orders)");
    }

    @Test
    void callsTheOneSegmentOfARunWithoutStructureAllCustomers() {
        var f = Facts.of(0, Map.of(), Map.of(), OptionalDouble.of(0.8), OptionalDouble.of(5.0));
        var everyone = new SegmentFacts(
                0,
                40,
                1.0,
                1.0,
                List.of(),
                f.itemKind(),
                List.of(),
                OptionalDouble.empty(),
                f.churnRisk(),
                f.overdue(),
                f.stats());

        assertThat(names(everyone)).containsExactly("All customers");
    }

    @Test
    void saysTheChurnModelCannotJudgeOneOffBuyers() {
        var oneOff = new SegmentFacts(
                0,
                500,
                0.5,
                0.1,
                List.of(),
                DistinguishingItems.Kind.CATEGORY,
                List.of(),
                OptionalDouble.empty(),
                OptionalDouble.of(0.02),
                OptionalDouble.empty(),
                Facts.of(0, Map.of(RECENCY, 1.0), Map.of(FREQUENCY, 1.0)).stats());

        assertThat(RuleBasedPersonaWriter.description(oneOff))
                .contains("Mean predicted churn risk 2% (the model cannot judge customers with one order).");
    }

    @Test
    void suggestsTwoOrThreeAnglesPerPersona() {
        var loyal = Facts.of(0, Map.of(MONETARY, 1.5, FREQUENCY, 1.4, RECENCY, -1.0));
        var plain = Facts.of(1, Map.of(FREQUENCY, -0.4));

        assertThat(writer.write(List.of(loyal, plain)))
                .allSatisfy(persona -> assertThat(persona.angles()).hasSizeBetween(2, 3));
    }

    @Test
    void describesSizeRevenueTraitsChurnDistinguishingCategoriesAndSentiment() {
        var trait = new Trait(FREQUENCY, 1.4, 14, 2, 6.2, "orders 6.2× as often as average (median 14 orders)");
        var kitchen = new DistinguishingItems.Item("Kitchen", 300, 0.6, 0.2, 3.0);
        var facts = new SegmentFacts(
                0,
                1_120,
                0.256,
                0.612,
                List.of(trait),
                DistinguishingItems.Kind.CATEGORY,
                List.of(kitchen),
                OptionalDouble.of(0.42),
                OptionalDouble.of(0.12),
                OptionalDouble.empty(),
                Map.of());

        String description = RuleBasedPersonaWriter.description(facts);

        assertThat(description)
                .isEqualTo("1,120 customers (25.6% of customers, 61.2% of net revenue). Orders 6.2× as often as"
                        + " average (median 14 orders). Mean predicted churn risk 12%. Buys more than most in:"
                        + " Kitchen (60% of them vs 20% of all customers). Typical review sentiment 0.42.");
    }
}
