package io.marketpilot.core.page;

import io.marketpilot.core.MarketPilotException;
import org.jspecify.annotations.Nullable;

/** Offset/limit paging with an optional case-insensitive search term; limits are capped to protect the store. */
public record PageRequest(int offset, int limit, @Nullable String query) {
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw MarketPilotException.invalid("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw MarketPilotException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        query = query == null || query.isBlank() ? null : query.strip();
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null);
    }
}
