package io.marketpilot.app.support;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the public chat API, from the environment: {@code MARKETPILOT_SUPPORT_CORS_ORIGINS} (comma-separated
 * origins allowed to embed the widget, e.g. {@code https://shop.example}; default {@code *}, any site),
 * {@code MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE} (conversations started, messages and hand-off requests per client
 * address; default 20) and {@code MARKETPILOT_SUPPORT_READS_PER_MINUTE} (reads of a conversation's messages per client
 * address; default 120: the widget polls every 2 s while open, so this leaves room for four open widgets behind one
 * address). Which address a request counts against is the server's business: see {@code server.trusted-proxies}.
 */
public record SupportSettings(List<String> corsOrigins, int messagesPerMinute, int readsPerMinute) {
    public static final String CORS_ENV = "MARKETPILOT_SUPPORT_CORS_ORIGINS";
    public static final String RATE_ENV = "MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE";
    public static final String READS_ENV = "MARKETPILOT_SUPPORT_READS_PER_MINUTE";

    public SupportSettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (messagesPerMinute < 1) {
            throw MarketPilotException.invalid(RATE_ENV + " must be at least 1");
        }
        if (readsPerMinute < 1) {
            throw MarketPilotException.invalid(READS_ENV + " must be at least 1");
        }
    }

    public static SupportSettings from(Map<String, String> env) {
        return new SupportSettings(
                list(env.getOrDefault(CORS_ENV, "*")), number(env, RATE_ENV, "20"), number(env, READS_ENV, "120"));
    }

    private static int number(Map<String, String> env, String variable, String fallback) {
        String value = env.getOrDefault(variable, fallback);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(variable + " must be a number, not '" + value + "'");
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** True when a page from {@code origin} may call the chat API. */
    public boolean allows(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
