/** Behavioural events in the store, their properties kept as a JSON object. */
@NullMarked
package io.marketpilot.store.event;

import org.jspecify.annotations.NullMarked;
