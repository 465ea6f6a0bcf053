/** Segmentation runs in the store: each run's figures, members and summary. */
@NullMarked
package io.marketpilot.store.segment;

import org.jspecify.annotations.NullMarked;
