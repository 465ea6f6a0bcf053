/**
 * An exact port of VADER (vaderSentiment 3.3.2), checked row by row against the Python output; start at
 * {@link io.marketpilot.text.sentiment.vader.VaderSentimentService} or
 * {@link io.marketpilot.text.sentiment.vader.VaderAnalyzer}.
 */
@NullMarked
package io.marketpilot.text.sentiment.vader;

import org.jspecify.annotations.NullMarked;
