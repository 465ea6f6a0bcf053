package io.marketpilot.text.sentiment.vader;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Python's {@code round(x, digits)} for floats: the exact binary value rounded half-even. */
final class PythonRounding {
    // Distance from a half-way point below which x * 10^digits may have been rounded across it.
    private static final double TIE_ZONE = 1e-7;
    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private PythonRounding() {}

    static double round(double x, int digits) {
        double power = POWERS[digits];
        double scaled = x * power;
        double fraction = scaled - Math.floor(scaled);
        if (Math.abs(fraction - 0.5) > TIE_ZONE) {
            // Away from a tie the product's rounding error cannot change the outcome, and dividing an
            // integer-valued double by 10^digits gives the double nearest the decimal, as Python does.
            return Math.rint(scaled) / power;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
}
