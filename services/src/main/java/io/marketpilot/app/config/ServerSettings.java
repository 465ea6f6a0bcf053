package io.marketpilot.app.config;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the HTTP server sees its clients. {@code secureCookie}: mark the dashboard's session cookie Secure on every
 * sign-in, for deployments whose browsers reach the server over TLS only (a proxy terminating TLS in front talks
 * plain HTTP to the server, so the server cannot tell by itself). {@code trustedProxies}: addresses of the reverse
 * proxies in front of the server, whose {@code X-Forwarded-For} (the client's address, for rate limits) and
 * {@code X-Forwarded-Proto} (a sign-in over HTTPS gets a Secure cookie even without {@code secureCookie}) are
 * believed; from anyone else those headers are ignored, so a client cannot claim another address or a secure
 * connection by sending them itself.
 */
public record ServerSettings(boolean secureCookie, List<String> trustedProxies) {
    public ServerSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Plain HTTP, no proxy in front: what a laptop running the demo has. */
    public static ServerSettings defaults() {
        return new ServerSettings(false, List.of());
    }

    /** From the configuration's text values: {@code secure-cookie} true or false, proxies comma-separated. */
    public static ServerSettings parse(String secureCookie, String trustedProxies) {
        return new ServerSettings(flag(secureCookie), list(trustedProxies));
    }

    private static boolean flag(String v) {
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default ->
                throw MarketPilotException.invalid("server.secure-cookie must be true or false, not '" + v + "'");
        };
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
