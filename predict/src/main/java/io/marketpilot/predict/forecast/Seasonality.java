package io.marketpilot.predict.forecast;

/**
 * The seasonal component of an exponential smoothing model with period 52 weeks; {@link #AUTO} turns it on when the
 * series has two full years and then lets the fit choose the form by AICc.
 */
public enum Seasonality {
    AUTO,
    NONE,
    ADDITIVE,
    /** Seasonal factors that scale the level; only for series with every week above zero. */
    MULTIPLICATIVE
}
