package io.marketpilot.experiments.cuped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.experiments.random.Variates;
import org.junit.jupiter.api.Test;

class CupedTest {
    @Test
    void correlatedCovariateCutsVarianceByTheSquaredCorrelation() {
        // Y = 2X + noise with var(X) = 1, var(noise) = 1: ρ² = 4 / 5, theta = 2.
        Variates random = Variates.seeded(2024);
        int n = 50_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 + random.normal();
            y[i] = 2 * x[i] + random.normal();
        }
        CupedResult result = Cuped.adjust(y, x);
        assertThat(result.theta()).isCloseTo(2, within(0.02));
        assertThat(result.varianceAfter()).isLessThan(result.varianceBefore());
        assertThat(result.varianceReduction()).isCloseTo(0.8, within(0.01));
    }

    @Test
    void adjustmentKeepsTheMetricMean() {
        double[] y = {3, 5, 4, 8, 10};
        double[] x = {1, 2, 2, 4, 5};
        double[] adjusted = Cuped.adjust(y, x).adjusted();
        assertThat(mean(adjusted)).isCloseTo(mean(y), within(1e-12));
    }

    @Test
    void constantCovariateLeavesTheMetricUnchanged() {
        CupedResult result = Cuped.adjust(new double[] {1, 2, 3}, new double[] {7, 7, 7});
        assertThat(result.theta()).isZero();
        assertThat(result.varianceReduction()).isZero();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
