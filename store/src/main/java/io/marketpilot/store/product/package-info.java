/** The product catalogue in the store. */
@NullMarked
package io.marketpilot.store.product;

import org.jspecify.annotations.NullMarked;
