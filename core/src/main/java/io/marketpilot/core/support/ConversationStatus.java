package io.marketpilot.core.support;

import java.util.Locale;

/** Where a conversation stands. */
public enum ConversationStatus {
    OPEN,
    HANDOFF,
    CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
