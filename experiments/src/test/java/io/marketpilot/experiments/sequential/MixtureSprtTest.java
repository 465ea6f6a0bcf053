package io.marketpilot.experiments.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MixtureSprtTest {
    private final MixtureSprt sprt = new MixtureSprt(1e-4, 0.05);

    @Test
    void likelihoodRatioEqualsJohariEqualArmFormula() {
        // Λ = sqrt(2σ²/(2σ²+nτ²))·exp(n²τ²θ̂²/(4σ²(2σ²+nτ²))) with σ² per unit in each arm and n per arm.
        double sigma2 = 0.0475;
        long n = 5_000;
        double estimate = 0.004;
        double tau2 = 1e-4;
        double expected = Math.sqrt(2 * sigma2 / (2 * sigma2 + n * tau2))
                * Math.exp((double) n * n * tau2 * estimate * estimate / (4 * sigma2 * (2 * sigma2 + n * tau2)));
        assertThat(sprt.likelihoodRatio(estimate, 2 * sigma2 / n, 0)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void confidenceSequenceEdgesAreWhereTheRatioReachesOneOverAlpha() {
        double variance = 2e-5;
        double half = sprt.halfWidth(variance);
        assertThat(sprt.likelihoodRatio(0.01 + half, variance, 0.01)).isCloseTo(20, within(1e-9));
    }

    @Test
    void pValueOnlyFallsAndIntervalOnlyShrinks() {
        SequentialState s = SequentialState.initial();
        s = sprt.nextProportions(s, 500, 10_000, 560, 10_000);
        SequentialState later = sprt.nextProportions(s, 1_000, 20_000, 1_020, 20_000);
        assertThat(later.alwaysValidPValue()).isLessThanOrEqualTo(s.alwaysValidPValue());
        assertThat(later.csLow()).isGreaterThanOrEqualTo(s.csLow());
        assertThat(later.csHigh()).isLessThanOrEqualTo(s.csHigh());
        assertThat(later.looks()).isEqualTo(2);
    }

    @Test
    void aClearEffectIsRejectedAndExcludedFromTheConfidenceSequence() {
        SequentialState s = sprt.nextProportions(SequentialState.initial(), 1_000, 20_000, 1_300, 20_000);
        assertThat(s.rejects(0.05)).isTrue();
        assertThat(s.csLow()).isGreaterThan(0);
        assertThat(s.csHigh()).isGreaterThan(s.estimate());
    }

    @Test
    void aLookWithoutVarianceLeavesTheEvidenceUnchanged() {
        SequentialState s = sprt.nextProportions(SequentialState.initial(), 0, 100, 0, 100);
        assertThat(s.alwaysValidPValue()).isEqualTo(1);
        assertThat(s.looks()).isEqualTo(1);
    }
}
