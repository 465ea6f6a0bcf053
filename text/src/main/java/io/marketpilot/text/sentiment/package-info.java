/** Sentiment results shared by every sentiment model: labels, scores and outcomes. */
package io.marketpilot.text.sentiment;
