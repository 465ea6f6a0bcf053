package io.marketpilot.app.support;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the public chat API, read by the configuration loader like every other setting: {@code MARKETPILOT_SUPPORT_CORS_ORIGINS} (comma-separated
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
    public static final String CORS_KEY = "support.cors-origins";
    public static final String RATE_KEY = "support.messages-per-minute";
    public static final String READS_KEY = "support.reads-per-minute";

    public SupportSettings {
        corsOrigins = List.copyOf(corsOrigins);
        if (messagesPerMinute < 1) {
            throw MarketPilotException.invalid(RATE_KEY + " (" + RATE_ENV + ") must be at least 1");
        }
        if (readsPerMinute < 1) {
            throw MarketPilotException.invalid(READS_KEY + " (" + READS_ENV + ") must be at least 1");
        }
    }

    /** Any site may embed the widget; 20 messages and 120 reads a minute per client address. */
    public static SupportSettings defaults() {
        return new SupportSettings(List.of("*"), 20, 120);
    }

    /**
     * The settings from the configuration's {@code support.*} values (YAML keys {@code support.cors-origins},
     * {@code support.messages-per-minute}, {@code support.reads-per-minute}, or the environment variables above);
     * a missing value keeps its default.
     */
    public static SupportSettings parse(Map<String, String> values) {
        SupportSettings d = defaults();
        return new SupportSettings(
                values.containsKey(CORS_KEY) ? list(values.get(CORS_KEY)) : d.corsOrigins(),
                number(values, RATE_KEY, RATE_ENV, d.messagesPerMinute()),
                number(values, READS_KEY, READS_ENV, d.readsPerMinute()));
    }

    private static int number(Map<String, String> values, String key, String variable, int fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(key + " (" + variable + ") must be a number, not '" + value + "'");
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
