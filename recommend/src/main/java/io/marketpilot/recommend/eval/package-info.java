/** Offline evaluation: splits, ranking metrics, validation tuning, the comparison of every recommender. */
@NullMarked
package io.marketpilot.recommend.eval;

import org.jspecify.annotations.NullMarked;
