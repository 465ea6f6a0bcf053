/** Script-based language detection that decides which text models may read a text. */
@NullMarked
package io.marketpilot.text.language;

import org.jspecify.annotations.NullMarked;
