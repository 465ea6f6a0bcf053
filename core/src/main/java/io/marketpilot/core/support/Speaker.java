package io.marketpilot.core.support;

import java.util.Locale;

/** Who said a turn. */
public enum Speaker {
    CUSTOMER,
    ASSISTANT,
    AGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Speaker fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
