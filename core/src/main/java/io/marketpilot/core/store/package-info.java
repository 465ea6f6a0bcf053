/** The ports for the shop's data and what is computed from it: customers, orders, products, reviews, events, sales figures, segmentation runs, sentiment, listening and recommender versions. */
@NullMarked
package io.marketpilot.core.store;

import org.jspecify.annotations.NullMarked;
