/** Customers in the store. */
@NullMarked
package io.marketpilot.store.customer;

import org.jspecify.annotations.NullMarked;
