package io.marketpilot.predict.forecast;

/**
 * How one forecasting method did over all origins of a backtest.
 *
 * @param method "exponential smoothing", "naive" or "seasonal naive"
 * @param mase mean absolute scaled error: each absolute error divided by its origin's in-sample scale, then averaged
 * @param mae mean absolute error in the series' unit
 * @param coverage80 share of actual weeks inside the 80% interval; well calibrated near 0.80
 * @param coverage95 share of actual weeks inside the 95% interval; well calibrated near 0.95
 * @param origins forecast origins scored
 * @param forecasts weeks scored over all origins (origins x horizon)
 * @param note which forms were chosen, or how often a baseline fell back
 */
public record MethodScore(
        String method,
        double mase,
        double mae,
        double coverage80,
        double coverage95,
        int origins,
        int forecasts,
        String note) {}
