/** JMH benchmarks of customer profiling (feature extraction, k-means against Tribuo and Commons Math, whole segmentations) on a seeded shop the size of UCI Online Retail. */
@NullMarked
package io.marketpilot.benchmarks.profiling;

import org.jspecify.annotations.NullMarked;
