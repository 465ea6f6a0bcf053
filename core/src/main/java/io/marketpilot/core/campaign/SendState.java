package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** Where one recipient of a campaign stands in the send queue. */
public enum SendState {
    /** Waiting for its send time or a worker. */
    PENDING,
    /** Leased by a worker that is sending it. */
    CLAIMED,
    /** Failed temporarily; waits for its next attempt. */
    RETRY,
    /** Handed to the channel; never sent again. */
    SENT,
    /** Failed permanently; never sent again. */
    FAILED,
    /** Dropped at send time (suppressed or opted out after planning); never sent. */
    SKIPPED;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code pending}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static SendState parse(@Nullable String text) {
        return Check.parse(SendState.class, text, "send state");
    }
}
