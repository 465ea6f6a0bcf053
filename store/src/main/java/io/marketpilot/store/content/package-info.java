/** Generated content and the brand voice in the store: items with their review workflow, and the voice as one JSON row. */
@NullMarked
package io.marketpilot.store.content;

import org.jspecify.annotations.NullMarked;
