/**
 * Weekly demand and revenue forecasts with prediction intervals, and a rolling-origin backtest against the naive and
 * seasonal naive baselines. Entry points: {@link io.marketpilot.predict.forecast.WeeklyAggregation} (sales to weekly
 * series), {@link io.marketpilot.predict.forecast.Forecaster} and {@link io.marketpilot.predict.forecast.Backtest}.
 */
@NullMarked
package io.marketpilot.predict.forecast;

import org.jspecify.annotations.NullMarked;
