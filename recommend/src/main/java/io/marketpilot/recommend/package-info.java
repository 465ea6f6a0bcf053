/** Recommending: popularity, item-kNN, implicit ALS, content-based and hybrid recommenders with offline evaluation. */
package io.marketpilot.recommend;
