/** Emotion of English texts from a softmax head on bge-small embeddings: the label set, its training corpus and the service that scores a text or says why it cannot. */
@NullMarked
package io.marketpilot.text.emotion;

import org.jspecify.annotations.NullMarked;
