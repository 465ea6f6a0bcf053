/** Copy written by the language model: the prompt with few-shot examples, and the answer parsed into a channel's fields. */
@NullMarked
package io.marketpilot.content.write;

import org.jspecify.annotations.NullMarked;
