package io.marketpilot.app.support;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the public chat API, from the environment: {@code MARKETPILOT_SUPPORT_CORS_ORIGINS} (comma-separated
 * origins allowed to embed the widget, e.g. {@code https://shop.example}; default {@code *}, any site) and
 * {@code MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE} (per client address; default 20) and
 * {@code MARKETPILOT_SUPPORT_TRUSTED_PROXIES} (comma-separated addresses of the reverse proxies in front of the server;
 * default none): behind a trusted proxy the client address is taken from {@code X-Forwarded-For}, so visitors do not
 * share the proxy's rate limit, while a client cannot claim another address by sending the header itself.
 */
public record SupportSettings(List<String> corsOrigins, int messagesPerMinute, List<String> trustedProxies) {
    public static final String CORS_ENV = "MARKETPILOT_SUPPORT_CORS_ORIGINS";
    public static final String RATE_ENV = "MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE";
    public static final String PROXIES_ENV = "MARKETPILOT_SUPPORT_TRUSTED_PROXIES";

    public SupportSettings {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        if (messagesPerMinute < 1) {
            throw MarketPilotException.invalid(RATE_ENV + " must be at least 1");
        }
    }

    public static SupportSettings from(Map<String, String> env) {
        String origins = env.getOrDefault(CORS_ENV, "*");
        String rate = env.getOrDefault(RATE_ENV, "20");
        try {
            return new SupportSettings(
                    list(origins), Integer.parseInt(rate.strip()), list(env.getOrDefault(PROXIES_ENV, "")));
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(RATE_ENV + " must be a number, not '" + rate + "'");
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The address to rate-limit: the peer itself, or, when the peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} (read from the right) that is not a trusted proxy.
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** True when a page from {@code origin} may call the chat API. */
    public boolean allows(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
