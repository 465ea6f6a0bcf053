package io.marketpilot.core.content;

import java.util.Optional;

/**
 * A filter over stored content; empty parts match everything.
 *
 * @param status only items in this state
 * @param channel only this channel
 * @param batchId only this generation request
 * @param offset rows to skip
 * @param limit rows to return
 */
public record ContentQuery(
        Optional<ContentStatus> status, Optional<String> channel, Optional<String> batchId, int offset, int limit) {
    public ContentQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit 1–500");
        }
    }

    public static ContentQuery latest(int limit) {
        return new ContentQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, limit);
    }
}
