/** Offline evaluation: splits, ranking metrics, validation tuning, the comparison of every recommender. */
package io.marketpilot.recommend.eval;
