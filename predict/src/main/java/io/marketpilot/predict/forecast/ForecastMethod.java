package io.marketpilot.predict.forecast;

/** Which forecaster produces a forecast: the fitted model or one of the two baselines it must beat. */
public enum ForecastMethod {
    EXPONENTIAL_SMOOTHING,
    /** Every future week equals the last observed week. */
    NAIVE,
    /** Every future week equals the same week a year (52 weeks) earlier; naive when there is no such year. */
    SEASONAL_NAIVE
}
