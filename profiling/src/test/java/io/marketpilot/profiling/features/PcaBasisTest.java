package io.marketpilot.profiling.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PcaBasisTest {

    @Test
    void findsTheDiagonalAsFirstComponentOfCorrelatedData() {
        // x and y move together (variance 2 along the diagonal), with a little spread across it
        double[] data = {-2, -2.1, -1, -0.9, 0, 0.1, 1, 1.1, 2, 1.9, 0.5, 0.4, -0.5, -0.6};
        PcaBasis basis = PcaBasis.fit(data, 7, 2, 1.0);

        assertThat(basis.kept()).isEqualTo(2);
        assertThat(basis.components()[0]).isCloseTo(Math.sqrt(0.5), within(0.02));
        assertThat(basis.components()[1]).isCloseTo(Math.sqrt(0.5), within(0.02));
        assertThat(basis.eigenvalues()[0]).isGreaterThan(50 * basis.eigenvalues()[1]);
    }

    @Test
    void matchesTheClosedFormEigenvaluesOfATwoByTwoCovariance() {
        double[] data = {1, 0.3, 2, 0.7, 3, 0.5, 4, 0.1, 5, 0.9};
        // sample covariance [[a, b], [b, c]] of the rows above
        double a = 2.5;
        double b = 0.15;
        double c = 0.1;
        double root = Math.sqrt((a - c) * (a - c) / 4 + b * b);

        PcaBasis basis = PcaBasis.fit(data, 5, 2, 1.0);

        assertThat(basis.eigenvalues()[0]).isCloseTo((a + c) / 2 + root, within(1e-12));
        assertThat(basis.eigenvalues()[1]).isCloseTo((a + c) / 2 - root, within(1e-12));
        assertThat(basis.mean()).containsExactly(3, 0.5);
    }
}
