package io.marketpilot.predict.forecast;

/**
 * Mutable level, trend and seasonal states of an exponential smoothing recursion; seasonal state {@code t % period}
 * is the one used for, and then updated by, observation t.
 */
final class EtsState {
    double level;
    double trend;
    final double[] season;

    EtsState(double level, double trend, double[] season) {
        this.level = level;
        this.trend = trend;
        this.season = season;
    }

    EtsState copy() {
        return new EtsState(level, trend, season.clone());
    }
}
