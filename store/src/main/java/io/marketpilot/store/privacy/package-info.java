/** The data-subject rights on the store: exporting what is held about a customer, and forgetting them step by step in one transaction. */
@NullMarked
package io.marketpilot.store.privacy;

import org.jspecify.annotations.NullMarked;
