package io.marketpilot.assistant.chat;

import java.util.Locale;

/** What a customer turn wants. */
public enum Intent {
    QUESTION,
    ORDER_ISSUE,
    COMPLAINT,
    PURCHASE,
    HANDOFF_REQUEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
