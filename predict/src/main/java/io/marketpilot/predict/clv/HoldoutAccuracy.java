package io.marketpilot.predict.clv;

/**
 * Per-customer hold-out accuracy of the model against the naive baseline.
 *
 * @param actualTotal repeat purchase days the customers made in the hold-out period
 */
public record HoldoutAccuracy(int customers, int actualTotal, ForecastError model, ForecastError naive) {}
