/** JMH benchmarks of the prediction models: the CLV fit on simulated customers and on a real orders file. */
@NullMarked
package io.marketpilot.benchmarks.predict;

import org.jspecify.annotations.NullMarked;
