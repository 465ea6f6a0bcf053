/** Recommending: popularity, item-kNN, implicit ALS, content-based and hybrid recommenders with offline evaluation. */
@NullMarked
package io.marketpilot.recommend;

import org.jspecify.annotations.NullMarked;
