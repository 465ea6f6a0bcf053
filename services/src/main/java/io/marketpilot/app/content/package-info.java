/** Content generation over the store: briefs from its personas, customers and products, drafts saved with their scores and review workflow, generation metrics, training data export and the optimisation loop's challenger writer. */
@NullMarked
package io.marketpilot.app.content;

import org.jspecify.annotations.NullMarked;
