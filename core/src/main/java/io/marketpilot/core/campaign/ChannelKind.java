package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** How a message reaches a customer. */
public enum ChannelKind {
    /** E-mail over SMTP. */
    EMAIL,
    /** A text message through a provider's webhook. */
    SMS,
    /** A signed JSON request to a system the shop names. */
    WEBHOOK;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code email}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static ChannelKind parse(@Nullable String text) {
        return Check.parse(ChannelKind.class, text, "channel");
    }
}
