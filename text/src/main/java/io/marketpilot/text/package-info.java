/** Listening: sentiment (exact VADER and learned), emotion, keywords, topics, aspects, trends. */
@NullMarked
package io.marketpilot.text;

import org.jspecify.annotations.NullMarked;
