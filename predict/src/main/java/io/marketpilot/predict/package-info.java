/** Predicting: customer lifetime value and churn (BG/NBD, Gamma-Gamma), send time, forecasts. */
package io.marketpilot.predict;
