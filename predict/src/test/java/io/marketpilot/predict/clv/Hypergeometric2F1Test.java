package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class Hypergeometric2F1Test {
    @Test
    void matchesMpmathReferenceValues() {
        for (double[] row : ReferenceCsv.rows("hyp2f1_reference.csv")) {
            assertThat(Hypergeometric2F1.value(row[0], row[1], row[2], row[3]))
                    .as("2F1(%s, %s; %s; %s)", row[0], row[1], row[2], row[3])
                    .isCloseTo(row[4], withinPercentage(1e-10));
        }
    }

    @Property(seed = "20260401")
    void equalsLogarithmClosedFormForOneOneTwo(@ForAll @DoubleRange(min = 0.01, max = 0.99) double z) {
        assertThat(Hypergeometric2F1.value(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-10));
    }

    @Property(seed = "20260401")
    void equalsBinomialSeriesWhenBEqualsC(
            @ForAll @DoubleRange(min = 0.01, max = 40) double a,
            @ForAll @DoubleRange(min = 0.01, max = 40) double b,
            @ForAll @DoubleRange(min = 0, max = 0.95) double z) {
        assertThat(Hypergeometric2F1.value(a, b, b, z)).isCloseTo(Math.pow(1 - z, -a), withinPercentage(1e-9));
    }

    @Test
    void rejectsArgumentsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, 2, 1.0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, 2, -0.1)).isInstanceOf(ArithmeticException.class);
    }
}
