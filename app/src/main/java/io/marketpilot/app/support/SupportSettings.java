package io.marketpilot.app.support;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the public chat API, from the environment: {@code MARKETPILOT_SUPPORT_CORS_ORIGINS} (comma-separated
 * origins allowed to embed the widget, e.g. {@code https://shop.example}; default {@code *}, any site) and
 * {@code MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE} (per client address; default 20).
 */
public record SupportSettings(List<String> corsOrigins, int messagesPerMinute) {
    public static final String CORS_ENV = "MARKETPILOT_SUPPORT_CORS_ORIGINS";
    public static final String RATE_ENV = "MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE";

    public SupportSettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (messagesPerMinute < 1) {
            throw MarketPilotException.invalid(RATE_ENV + " must be at least 1");
        }
    }

    public static SupportSettings from(Map<String, String> env) {
        String origins = env.getOrDefault(CORS_ENV, "*");
        String rate = env.getOrDefault(RATE_ENV, "20");
        try {
            return new SupportSettings(
                    Arrays.stream(origins.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList(),
                    Integer.parseInt(rate.strip()));
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(RATE_ENV + " must be a number, not '" + rate + "'");
        }
    }

    /** True when a page from {@code origin} may call the chat API. */
    public boolean allows(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
