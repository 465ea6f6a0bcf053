/** Listening: sentiment (exact VADER and learned), emotion, keywords, topics, aspects, trends. */
package io.marketpilot.text;
