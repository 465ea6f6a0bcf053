/** Insights from the store's orders, events and reviews: segments, customer value and forecasts, channel preferences, recommendations, shop figures, and the listening pipeline's sentiment, emotion and topics. */
@NullMarked
package io.marketpilot.app.insight;

import org.jspecify.annotations.NullMarked;
