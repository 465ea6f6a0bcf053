/** Support conversations and their turns in the store. */
@NullMarked
package io.marketpilot.store.support;

import org.jspecify.annotations.NullMarked;
