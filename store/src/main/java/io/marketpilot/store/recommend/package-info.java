/** Recommender training versions in the store, each with its candidates' hold-out scores. */
@NullMarked
package io.marketpilot.store.recommend;

import org.jspecify.annotations.NullMarked;
