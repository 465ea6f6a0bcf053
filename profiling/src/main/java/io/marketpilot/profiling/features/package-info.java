/** Customer features as of a date (RFM, behaviour, engagement) and their scaling for clustering. */
@NullMarked
package io.marketpilot.profiling.features;

import org.jspecify.annotations.NullMarked;
