package io.marketpilot.core.page;

import java.util.List;

/** One page of a listing with the total count, so clients can page through large tables. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Every item of a paged listing, read page by page at the largest page size, for the analyses that need a whole
     * table in memory (segmentation, channel preferences).
     */
    public static <T> List<T> readAll(java.util.function.Function<PageRequest, Page<T>> lister) {
        List<T> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<T> page = lister.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, null));
            all.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_LIMIT) {
                return all;
            }
        }
    }
}
