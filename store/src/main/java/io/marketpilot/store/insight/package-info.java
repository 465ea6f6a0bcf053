/** Review listening results in the store: sentiment per review and model, emotions, embeddings and clauses, and the review filter as SQL. */
@NullMarked
package io.marketpilot.store.insight;

import org.jspecify.annotations.NullMarked;
