package io.marketpilot.experiments.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VariatesTest {
    private static final int DRAWS = 200_000;

    @Test
    void betaDrawsHaveTheBetaMeanAndVariance() {
        assertMoments(2.5, 7.5);
        assertMoments(0.5, 0.5);
        assertMoments(51, 951);
    }

    @Test
    void normalDrawsAreStandard() {
        Variates v = Variates.seeded(3);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = v.normal();
            sum += x;
            squares += x * x;
        }
        assertThat(sum / DRAWS).isCloseTo(0, within(0.01));
        assertThat(squares / DRAWS).isCloseTo(1, within(0.01));
    }

    @Test
    void sameSeedGivesTheSameStream() {
        Variates a = Variates.seeded(11);
        Variates b = Variates.seeded(11);
        for (int i = 0; i < 100; i++) {
            assertThat(a.beta(3, 4)).isEqualTo(b.beta(3, 4));
        }
    }

    @Test
    void derivedSeedsDifferPerStream() {
        assertThat(Seeds.derive(1, 0)).isNotEqualTo(Seeds.derive(1, 1)).isNotEqualTo(Seeds.derive(2, 0));
    }

    private static void assertMoments(double a, double b) {
        Variates v = Variates.seeded(17);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = v.beta(a, b);
            sum += x;
            squares += x * x;
        }
        double mean = a / (a + b);
        double variance = a * b / ((a + b) * (a + b) * (a + b + 1));
        double sampleMean = sum / DRAWS;
        // Tolerances of about five standard errors.
        assertThat(sampleMean).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
        assertThat(squares / DRAWS - sampleMean * sampleMean).isCloseTo(variance, within(0.02 * variance));
    }
}
