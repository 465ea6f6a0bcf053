/** The audit log in the store: append-only entries of who changed or exported what. */
@NullMarked
package io.marketpilot.store.audit;

import org.jspecify.annotations.NullMarked;
