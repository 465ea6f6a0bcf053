package io.marketpilot.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.experiments.stats.SampleSummary;
import org.junit.jupiter.api.Test;

class AbTestTest {
    @Test
    void conversionReportCombinesFrequentistAndBayesianViews() {
        TwoProportionReport r = AbTest.twoProportions(100, 1000, 120, 1000);
        assertThat(r.diff()).isCloseTo(0.02, within(1e-15));
        assertThat(r.relativeLift()).isCloseTo(0.2, within(1e-12));
        assertThat(r.ciLow()).isLessThan(r.diff()).isLessThan(r.ciHigh());
        assertThat(r.probBBeatsA()).isBetween(0.9, 0.95);
        assertThat(r.expectedLossB()).isCloseTo(0.00048461392635637074, within(1e-12));
        assertThat(r.expectedLossA()).isGreaterThan(r.expectedLossB());
        assertThat(r.method()).contains("pooled SE", "95% Wald CI", "Beta(1, 1)");
    }

    @Test
    void revenueReportUsesWelchAndTheNormalModel() {
        RevenueReport r = AbTest.revenue(new SampleSummary(10, 20, 500), new SampleSummary(12, 25, 400));
        assertThat(r.pValue()).isCloseTo(0.19358738410445966, within(1e-12));
        assertThat(r.probBBeatsA()).isBetween(0.85, 0.95);
        assertThat(r.relativeLift()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void multiVariantReportAppliesHolmAndSumsProbabilityToBeBestToOne() {
        MultiVariantReport r =
                AbTest.multiVariant(new long[] {500, 520, 600, 505}, new long[] {10_000, 10_000, 10_000, 10_000}, 0.05);
        assertThat(r.challengers()).hasSize(3);
        assertThat(r.challengers())
                .allSatisfy(c -> assertThat(c.adjustedPValue()).isGreaterThanOrEqualTo(c.pValue()));
        assertThat(r.challengers().get(1).significant()).isTrue();
        assertThat(r.challengers().get(0).significant()).isFalse();
        assertThat(r.probabilityToBeBest().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1, within(1e-8));
    }

    @Test
    void sampleRatioCheckFlagsABrokenSplit() {
        assertThat(AbTest.sampleRatio(new long[] {10_000, 10_600}, new double[] {1, 1})
                        .rejects(0.001))
                .isTrue();
    }
}
