/** JMH benchmarks of the latency of one recommendation request from a trained model. */
@NullMarked
package io.marketpilot.benchmarks.recommend;

import org.jspecify.annotations.NullMarked;
