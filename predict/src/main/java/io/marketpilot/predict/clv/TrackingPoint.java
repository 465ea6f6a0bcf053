package io.marketpilot.predict.clv;

/**
 * Cumulative repeat purchases from the start of a hold-out period to the end of one of its weeks.
 *
 * @param predicted the BG/NBD conditional expectation summed over customers
 * @param naive each customer's calibration rate x / T extrapolated
 */
public record TrackingPoint(int week, double actual, double predicted, double naive) {}
