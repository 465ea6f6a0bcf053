/** Profiling: customer features (RFM and behaviour), k-means with automatic k, personas. */
@NullMarked
package io.marketpilot.profiling;

import org.jspecify.annotations.NullMarked;
