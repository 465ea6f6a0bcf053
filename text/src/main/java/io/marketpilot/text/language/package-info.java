/** Script-based language detection that decides which text models may read a text. */
package io.marketpilot.text.language;
