/** Sentiment learned from labelled reviews: logistic-regression heads on bge-small sentence embeddings. */
package io.marketpilot.text.sentiment.learned;
