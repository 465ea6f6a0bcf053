/** Profiling: customer features (RFM and behaviour), k-means with automatic k, personas. */
package io.marketpilot.profiling;
