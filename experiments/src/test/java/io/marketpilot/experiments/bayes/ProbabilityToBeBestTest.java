package io.marketpilot.experiments.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbabilityToBeBestTest {
    @Test
    @SuppressWarnings("FloatingPointLiteralPrecision") // the reference's digits as mpmath printed them, kept verbatim
    void matchesHighPrecisionIntegrationForThreeVariants() {
        // mpmath.quad at 30 digits of ∫ f_k Π F_j for 100/1000, 120/1000, 110/1000 with Beta(1, 1) priors.
        double[] best = ProbabilityToBeBest.ofBetas(List.of(
                Beta.uniform().observe(100, 1000),
                Beta.uniform().observe(120, 1000),
                Beta.uniform().observe(110, 1000)));
        assertThat(best)
                .containsExactly(
                        new double[] {0.046208314989330595, 0.7268864978329827, 0.22690518717768371}, within(1e-9));
    }

    @Test
    void agreesWithTheExactPairwiseFormulaForTwoVariants() {
        Beta a = Beta.uniform().observe(703, 7183);
        Beta b = Beta.uniform().observe(1543, 16093);
        double[] best = ProbabilityToBeBest.ofBetas(List.of(a, b));
        assertThat(best[1]).isCloseTo(BetaComparison.probGreater(b, a), within(1e-9));
    }

    @Test
    void handlesAVeryNarrowPosteriorBesideAWideOne() {
        Beta wide = Beta.uniform().observe(5, 100);
        Beta narrow = Beta.uniform().observe(50_000, 1_000_000);
        double[] best = ProbabilityToBeBest.ofBetas(List.of(wide, narrow));
        assertThat(best[0] + best[1]).isCloseTo(1, within(1e-8));
        assertThat(best[0]).isCloseTo(BetaComparison.probGreater(wide, narrow), within(1e-8));
    }

    @Test
    void identicalVariantsShareTheWinEvenly() {
        Beta arm = Beta.uniform().observe(40, 1000);
        double[] best = ProbabilityToBeBest.ofBetas(List.of(arm, arm, arm, arm));
        assertThat(best).containsOnly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-9));
    }
}
