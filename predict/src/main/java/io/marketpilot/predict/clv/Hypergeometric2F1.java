package io.marketpilot.predict.clv;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) by its power series, which is all the BG/NBD conditional
 * expectation needs: there z = t / (alpha + T + t) lies in [0, 1).
 */
final class Hypergeometric2F1 {
    private static final double RELATIVE_TOLERANCE = 1e-15;

    // near z = 1 the terms shrink like z^k; 10^6 terms reach z = 0.99997, far beyond any sane horizon
    private static final int MAX_TERMS = 1_000_000;

    private Hypergeometric2F1() {}

    /**
     * The series value for 0 <= z < 1 and c not a non-positive integer.
     *
     * @throws ArithmeticException if z is outside [0, 1) or the series does not settle within its term budget
     */
    static double value(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 series needs 0 <= z < 1, got " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            // the term ratio tends to z, from above or below; once it (and z) is below 1 the rest of the series is
            // bounded by a geometric tail with the larger of the two as its ratio
            double ratio = Math.max(z, Math.abs((a + k + 1) * (b + k + 1) / ((c + k + 1) * (k + 2)) * z));
            if (ratio < 1 && Math.abs(term) * ratio / (1 - ratio) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
            if (term == 0) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
