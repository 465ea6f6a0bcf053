/** Offline evaluation: splits, ranking metrics, validation tuning, the evaluation and latency mains. */
package io.marketpilot.recommend.eval;
