package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** What a customer has said about receiving marketing on one channel and topic. */
public enum ConsentStatus {
    /** Asked for it, or confirmed the double opt-in. */
    OPTED_IN,
    /** A double opt-in confirmation was sent and not confirmed yet: not a consent. */
    PENDING,
    /** Refused it or unsubscribed. */
    OPTED_OUT,
    /** Never asked; whether that allows mail is the shop's policy. */
    UNKNOWN;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code opted_in}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static ConsentStatus parse(@Nullable String text) {
        return Check.parse(ConsentStatus.class, text, "consent status");
    }
}
