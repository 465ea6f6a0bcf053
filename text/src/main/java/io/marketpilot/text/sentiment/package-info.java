/** Sentiment results shared by every sentiment model: labels, scores and outcomes. */
@NullMarked
package io.marketpilot.text.sentiment;

import org.jspecify.annotations.NullMarked;
