package io.marketpilot.core.access;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** What an API key may do; each role includes the ones below it. */
public enum Role {
    VIEWER,
    MARKETER,
    ADMIN;

    /** Whether this role may do what {@code other} may: the roles are declared from least to most powerful. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MarketPilotException.invalid("Unknown role '" + text + "': use admin, marketer or viewer");
        }
    }
}
