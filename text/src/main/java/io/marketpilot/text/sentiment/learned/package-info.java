/** Sentiment learned from labelled reviews: logistic-regression heads on bge-small sentence embeddings. */
@NullMarked
package io.marketpilot.text.sentiment.learned;

import org.jspecify.annotations.NullMarked;
