package io.marketpilot.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareTestTest {
    @Test
    void independenceMatchesScipyContingencyWithoutYatesCorrection() {
        // scipy.stats.chi2_contingency([[30,20,10],[25,30,15]], correction=False)
        ChiSquareResult r = ChiSquareTest.independence(new long[][] {{30, 20, 10}, {25, 30, 15}});
        assertThat(r.statistic()).isCloseTo(2.701298701298702, within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(2);
        assertThat(r.pValue()).isCloseTo(0.25907197745761495, within(1e-12));
    }

    @Test
    void flagsSampleRatioMismatchOnlyWhenSplitDrifts() {
        assertThat(SampleRatioMismatch.check(new long[] {50_000, 50_100}, new double[] {1, 1})
                        .rejects(SampleRatioMismatch.DEFAULT_ALPHA))
                .isFalse();
        assertThat(SampleRatioMismatch.check(new long[] {50_000, 51_500}, new double[] {1, 1})
                        .rejects(SampleRatioMismatch.DEFAULT_ALPHA))
                .isTrue();
    }

    @Test
    void rejectsCountsThatDoNotMatchWeights() {
        assertThatThrownBy(() -> SampleRatioMismatch.check(new long[] {1, 2, 3}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
