/** Reviews and social posts in the store. */
@NullMarked
package io.marketpilot.store.review;

import org.jspecify.annotations.NullMarked;
