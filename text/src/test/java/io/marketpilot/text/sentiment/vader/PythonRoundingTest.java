package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PythonRoundingTest {

    @Test
    void roundsExactTiesToEvenAsPythonDoes() {
        assertThat(PythonRounding.round(0.0625, 3)).isEqualTo(0.062); // round(0.0625, 3) == 0.062
        assertThat(PythonRounding.round(0.1875, 3)).isEqualTo(0.188);
        assertThat(PythonRounding.round(0.03125, 4)).isEqualTo(0.0312);
    }

    @Test
    void roundsTheBinaryValueNotTheDecimalLiteral() {
        // 0.1235 is stored as 0.12349999…, so Python gives 0.123, not 0.124.
        assertThat(PythonRounding.round(0.1235, 3)).isEqualTo(0.123);
    }

    @Property(tries = 5_000)
    void agreesWithExactDecimalRounding(
            @ForAll @DoubleRange(min = -1.0, max = 1.0) double x, @ForAll @IntRange(min = 3, max = 4) int digits) {
        double exact =
                new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();

        assertThat(PythonRounding.round(x, digits)).isEqualTo(exact);
    }
}
