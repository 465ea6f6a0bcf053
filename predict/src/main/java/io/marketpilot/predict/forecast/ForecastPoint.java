package io.marketpilot.predict.forecast;

import java.time.LocalDate;

/** The forecast of one week: its expected value and the 80% and 95% prediction intervals around it. */
public record ForecastPoint(LocalDate weekStart, double mean, double lo80, double hi80, double lo95, double hi95) {
    static final double Z80 = 1.2815515655446004; // standard normal 90% quantile: 80% central interval
    static final double Z95 = 1.959963984540054; // standard normal 97.5% quantile: 95% central interval

    /** A point with Gaussian intervals of standard deviation {@code sd} around {@code mean}. */
    static ForecastPoint gaussian(LocalDate weekStart, double mean, double sd) {
        return new ForecastPoint(weekStart, mean, mean - Z80 * sd, mean + Z80 * sd, mean - Z95 * sd, mean + Z95 * sd);
    }

    /** This point with negative values raised to zero, for quantities that cannot go below it. */
    ForecastPoint flooredAtZero() {
        return new ForecastPoint(
                weekStart,
                Math.max(0, mean),
                Math.max(0, lo80),
                Math.max(0, hi80),
                Math.max(0, lo95),
                Math.max(0, hi95));
    }

    /** Whether {@code actual} lies in the 80% interval, bounds included. */
    boolean covers80(double actual) {
        return actual >= lo80 && actual <= hi80;
    }

    /** Whether {@code actual} lies in the 95% interval, bounds included. */
    boolean covers95(double actual) {
        return actual >= lo95 && actual <= hi95;
    }
}
