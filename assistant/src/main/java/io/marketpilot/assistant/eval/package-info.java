/** Offline evaluation of retrieval: recall@1, recall@k and MRR of FAQ look-ups against labelled queries. */
@NullMarked
package io.marketpilot.assistant.eval;

import org.jspecify.annotations.NullMarked;
