package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;

/**
 * The four BG/NBD parameters (Fader, Hardie and Lee 2005) and the per-customer predictions that follow from them.
 *
 * <p>While alive a customer buys at Poisson rate lambda ~ Gamma(shape r, rate alpha); after every purchase they drop
 * out with probability p ~ Beta(a, b). Times are in the unit of the summaries (weeks).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {
    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) {
            throw MarketPilotException.invalid("BG/NBD parameters must be positive and finite, got r=" + r + " alpha="
                    + alpha + " a=" + a + " b=" + b);
        }
    }

    /** P(alive | x, t_x, T), eq. (11) of the paper; 1 for a customer without repeat purchases. */
    public double probabilityAlive(int frequency, double recency, double age) {
        if (frequency == 0) {
            return 1;
        }
        return 1 / (1 + deadToAliveOdds(frequency, recency, age));
    }

    /**
     * E[Y(t) | x, t_x, T], eq. (10) of the paper: the expected number of purchases in the {@code t} weeks after the
     * end of the customer's calibration period.
     */
    public double conditionalExpectedPurchases(double t, int frequency, double recency, double age) {
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + age + t);
        // eq. (10) has (1 - z)^(r + x) 2F1(r + x, b + x; a + b + x - 1; z); Euler's transformation turns it into
        // (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; a + b + x - 1; z), whose factors neither overflow nor underflow
        // for heavy buyers and whose series converges faster the larger x is
        // at a = 1 both the factor c / (a - 1) and the bracket have a removable singularity: step just beside it
        double am1 = Math.abs(a - 1) < 1e-8 ? 1e-8 : a - 1;
        double c = am1 + b + frequency;
        double hyper = Hypergeometric2F1.value(am1 + b - r, am1, c, z);
        double numerator = c / am1 * (1 - Math.exp(am1 * Math.log1p(-z)) * hyper);
        double odds = frequency == 0 ? 0 : deadToAliveOdds(frequency, recency, age);
        return numerator / (1 + odds);
    }

    // a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x), in logs because the power overflows for heavy buyers
    private double deadToAliveOdds(int frequency, double recency, double age) {
        double log = Math.log(a / (b + frequency - 1))
                + (r + frequency) * (Math.log(alpha + age) - Math.log(alpha + recency));
        return Math.exp(log);
    }
}
