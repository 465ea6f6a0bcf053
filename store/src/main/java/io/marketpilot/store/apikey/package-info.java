/** API keys in the store: issued with a random secret, kept only as a hash, checked in constant time and revoked. */
@NullMarked
package io.marketpilot.store.apikey;

import org.jspecify.annotations.NullMarked;
