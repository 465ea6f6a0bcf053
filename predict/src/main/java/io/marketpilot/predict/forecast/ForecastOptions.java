package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;

/**
 * How to forecast: the method, the exponential smoothing components (AUTO lets the data choose) and the seed and
 * number of simulated paths for the intervals of multiplicative seasonality, the one form without analytic ones.
 */
public record ForecastOptions(
        ForecastMethod method, Trend trend, Seasonality seasonality, long seed, int simulationPaths) {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final int DEFAULT_SIMULATION_PATHS = 4000;

    public ForecastOptions {
        if (method == null || trend == null || seasonality == null) {
            throw MarketPilotException.invalid("forecast options need a method, a trend and a seasonality");
        }
        // fewer paths put the 95% bounds on a handful of draws each
        if (simulationPaths < 400) {
            throw MarketPilotException.invalid("simulation needs at least 400 paths, got " + simulationPaths);
        }
    }

    /** Exponential smoothing with trend and seasonality chosen from the data. */
    public static ForecastOptions defaults() {
        return new ForecastOptions(
                ForecastMethod.EXPONENTIAL_SMOOTHING,
                Trend.AUTO,
                Seasonality.AUTO,
                DEFAULT_SEED,
                DEFAULT_SIMULATION_PATHS);
    }

    public ForecastOptions withMethod(ForecastMethod m) {
        return new ForecastOptions(m, trend, seasonality, seed, simulationPaths);
    }

    public ForecastOptions withTrend(Trend t) {
        return new ForecastOptions(method, t, seasonality, seed, simulationPaths);
    }

    public ForecastOptions withSeasonality(Seasonality s) {
        return new ForecastOptions(method, trend, s, seed, simulationPaths);
    }

    public ForecastOptions withSeed(long s) {
        return new ForecastOptions(method, trend, seasonality, s, simulationPaths);
    }
}
