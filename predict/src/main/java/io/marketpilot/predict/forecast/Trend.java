package io.marketpilot.predict.forecast;

/** The trend component of an exponential smoothing model; {@link #AUTO} lets the fit choose by AICc. */
public enum Trend {
    AUTO,
    NONE,
    ADDITIVE,
    /** Additive trend damped by phi in [0.8, 0.98], flattening out over long horizons. */
    DAMPED
}
