/** Keywords and key phrases of groups of texts: Lucene analysis into content words, TF-IDF against the whole corpus, and RAKE phrases. */
@NullMarked
package io.marketpilot.text.keywords;

import org.jspecify.annotations.NullMarked;
