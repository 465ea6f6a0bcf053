package io.marketpilot.core.page;

import java.util.List;

/** One page of a listing with the total count, so clients can page through large tables. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
