/** Aspect-based sentiment learned from the reviews themselves: reviews split into clauses, candidate aspects from their content words, and each aspect's mentions and score. */
@NullMarked
package io.marketpilot.text.aspects;

import org.jspecify.annotations.NullMarked;
