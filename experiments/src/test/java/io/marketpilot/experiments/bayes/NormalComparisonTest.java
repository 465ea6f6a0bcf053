package io.marketpilot.experiments.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.experiments.stats.SampleSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalComparisonTest {
    @Test
    void probabilityOfBeatingIsTheNormalCdfOfTheStandardisedDifference() {
        NormalPosterior a = new NormalPosterior(10, 1);
        NormalPosterior b = new NormalPosterior(11, 3);
        // Φ(1 / 2) = 0.6914624612740131
        assertThat(NormalComparison.probGreater(b, a)).isCloseTo(0.6914624612740131, within(1e-15));
    }

    @Test
    void expectedLossMatchesNumericalIntegration() {
        NormalPosterior a = new NormalPosterior(10, 1);
        NormalPosterior b = new NormalPosterior(11, 3);
        double integrated = integrateLoss(a.mean() - b.mean(), Math.sqrt(a.variance() + b.variance()));
        assertThat(NormalComparison.expectedLoss(b, a)).isCloseTo(integrated, within(1e-9));
    }

    @Test
    void probabilityToBeBestAcceptsNormalPosteriorsForRevenue() {
        NormalPosterior a = NormalPosterior.fromSummary(new SampleSummary(20, 40, 2000));
        NormalPosterior b = NormalPosterior.fromSummary(new SampleSummary(22, 45, 2000));
        double[] best = ProbabilityToBeBest.of(List.of(a.distribution(), b.distribution()));
        assertThat(best[1]).isCloseTo(NormalComparison.probGreater(b, a), within(1e-9));
    }

    /** E[max(D, 0)] for D ~ N(m, s²) by the trapezoid rule on a fine grid over ±12 s. */
    private static double integrateLoss(double m, double s) {
        int steps = 200_000;
        double lo = m - 12 * s;
        double h = 24 * s / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double x = lo + i * h;
            double f = Math.max(x, 0) * Math.exp(-0.5 * ((x - m) / s) * ((x - m) / s)) / (s * Math.sqrt(2 * Math.PI));
            sum += (i == 0 || i == steps) ? f / 2 : f;
        }
        return sum * h;
    }
}
