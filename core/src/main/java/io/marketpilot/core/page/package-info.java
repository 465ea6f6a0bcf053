/** Paging of listings: an offset/limit request with an optional search term, and a page of items with the total count. */
@NullMarked
package io.marketpilot.core.page;

import org.jspecify.annotations.NullMarked;
