/** Offline evaluation: splits, ranking metrics, validation tuning, the evaluation and latency mains. */
@NullMarked
package io.marketpilot.recommend.eval;

import org.jspecify.annotations.NullMarked;
