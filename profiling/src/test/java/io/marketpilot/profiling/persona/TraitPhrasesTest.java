package io.marketpilot.profiling.persona;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.profiling.features.FeatureDefinition;
import org.junit.jupiter.api.Test;

class TraitPhrasesTest {

    @Test
    void statesHowMuchMoreOftenASegmentOrders() {
        var stat = new FeatureStat(FeatureDefinition.FREQUENCY, 18.6, 14, 3, 2, 1.7);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("orders 6.2× as often as average (median 14 orders)");
    }

    @Test
    void statesRecencyInDays() {
        var stat = new FeatureStat(FeatureDefinition.RECENCY, 300, 310, 120, 60, 1.1);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("last bought 2.5× as long ago as average (median 310 days)");
    }

    @Test
    void statesBothNumbersWhenTheRatioIsSmall() {
        var stat = new FeatureStat(FeatureDefinition.RECENCY, 6, 7, 164, 60, -1.9);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("bought recently (median 7 days vs 164 on average)");
    }

    @Test
    void statesAmountsWithCents() {
        var stat = new FeatureStat(FeatureDefinition.MONETARY, 7_200, 7_098, 2_180, 400, 1.5);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("spends 3.3× the average net revenue (median 7,098.00)");
    }

    @Test
    void statesSharesAsPercentages() {
        var stat = new FeatureStat(FeatureDefinition.RETURN_RATE, 0.25, 0.2, 0.05, 0, 1.5);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("returns 25% of what they buy, vs 5% on average");
    }

    @Test
    void namesTheEventTypeOfEngagementTraits() {
        var stat = new FeatureStat(FeatureDefinition.EVENTS_PREFIX + "email_click", 12, 10, 3, 1, 1.2);

        assertThat(TraitPhrases.describe(stat))
                .isEqualTo("has 4.0× as many 'email_click' events as average in the last 90 days (median 10)");
    }

    @Test
    void fallsBackToBothMeansWhenThePopulationMeanIsZero() {
        var stat = new FeatureStat(FeatureDefinition.EVENTS_PREFIX + "page_view", 2, 1, 0, 0, 0.9);

        assertThat(TraitPhrases.describe(stat)).isEqualTo("events_90d:page_view: mean 2 vs 0 on average");
    }
}
