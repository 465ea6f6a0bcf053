package io.marketpilot.experiments.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BetaComparisonTest {
    @Test
    @SuppressWarnings("FloatingPointLiteralPrecision") // the reference's digits as mpmath printed them, kept verbatim
    void expectedLossMatchesNumericalIntegrationReference() {
        // References: mpmath.quad of E[max(θ_A - θ_B, 0)] at 30 digits, Beta(1, 1) priors.
        assertLoss(100, 1000, 120, 1000, 0.00048461392635637074, 0.020444693766675687);
        assertLoss(50, 1000, 40, 1000, 0.010656407363110481, 0.00067636744295082471);
        assertLoss(1000, 20000, 1100, 20000, 9.6800859980489305e-6, 0.0050091801359930389);
    }

    @Test
    void nonIntegerPriorsFallBackToIntegrationAndAgreeWithTheClosedForm() {
        Beta a = new Beta(0.5, 0.5).observe(40, 800);
        Beta b = new Beta(0.5, 0.5).observe(52, 800);
        double integrated = ProbabilityToBeBest.of(java.util.List.of(b.distribution(), a.distribution()))[0];
        assertThat(BetaComparison.probGreater(b, a)).isCloseTo(integrated, within(1e-9));
        assertThat(integrated).isBetween(0.85, 0.95);
    }

    @Test
    void millionsOfConversionsStayFastAndAgreeWithTheNormalApproximation() {
        Beta a = Beta.uniform().observe(1_000_000, 20_000_000);
        Beta b = Beta.uniform().observe(1_002_000, 20_000_000);
        double se = Math.sqrt(a.distribution().getVariance() + b.distribution().getVariance());
        double normal = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .cumulativeProbability((b.mean() - a.mean()) / se);
        assertThat(BetaComparison.probGreater(b, a)).isCloseTo(normal, within(1e-3));
    }

    @Test
    void equalEvidenceGivesEvenOdds() {
        Beta a = Beta.uniform().observe(30, 600);
        assertThat(BetaComparison.probGreater(a, a)).isCloseTo(0.5, within(1e-12));
    }

    @Property(tries = 100)
    void probabilitiesOfEitherArmWinningSumToOne(
            @ForAll @IntRange(min = 0, max = 300) int convA,
            @ForAll @IntRange(min = 0, max = 300) int convB,
            @ForAll @IntRange(min = 300, max = 3000) int n) {
        Beta a = Beta.uniform().observe(convA, n);
        Beta b = Beta.uniform().observe(convB, n);
        assertThat(BetaComparison.probGreater(a, b) + BetaComparison.probGreater(b, a))
                .isCloseTo(1, within(1e-10));
    }

    private static void assertLoss(int convA, int nA, int convB, int nB, double lossB, double lossA) {
        Beta a = Beta.uniform().observe(convA, nA);
        Beta b = Beta.uniform().observe(convB, nB);
        assertThat(BetaComparison.expectedLoss(b, a)).isCloseTo(lossB, within(lossB * 1e-8));
        assertThat(BetaComparison.expectedLoss(a, b)).isCloseTo(lossA, within(lossA * 1e-8));
    }
}
