/** Customer features as of a date (RFM, behaviour, engagement) and their scaling for clustering. */
package io.marketpilot.profiling.features;
