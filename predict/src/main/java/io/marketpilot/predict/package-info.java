/** Predicting: customer lifetime value and churn (BG/NBD, Gamma-Gamma), send time, forecasts. */
@NullMarked
package io.marketpilot.predict;

import org.jspecify.annotations.NullMarked;
