/** Orders and their lines in the store, written in batches that replace only what changed. */
@NullMarked
package io.marketpilot.store.order;

import org.jspecify.annotations.NullMarked;
