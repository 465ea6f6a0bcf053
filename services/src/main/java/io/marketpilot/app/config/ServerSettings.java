package io.marketpilot.app.config;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the HTTP server sees its clients. {@code secureCookie}: mark the dashboard's session cookie Secure on every
 * sign-in, for deployments whose browsers reach the server over TLS only (a proxy terminating TLS in front talks
 * plain HTTP to the server, so the server cannot tell by itself). {@code trustedProxies}: addresses of the reverse
 * proxies in front of the server, whose {@code X-Forwarded-For} (the client's address, for rate limits) and
 * {@code X-Forwarded-Proto} (a sign-in over HTTPS gets a Secure cookie even without {@code secureCookie}) are
 * believed; from anyone else those headers are ignored, so a client cannot claim another address or a secure
 * connection by sending them itself. {@code modelChecks}: how often the server checks every model for new data and
 * rebuilds the ones whose data changed, in the background (zero: only on import, on a read's nudge and on request).
 */
public record ServerSettings(boolean secureCookie, List<String> trustedProxies, Duration modelChecks) {
    /** The schedule's default: new orders and events reach the models within ten minutes. */
    public static final Duration DEFAULT_MODEL_CHECKS = Duration.ofMinutes(10);

    public ServerSettings {
        trustedProxies = List.copyOf(trustedProxies);
        if (modelChecks.isNegative()) {
            throw MarketPilotException.invalid("server.model-check-minutes must be 0 or more");
        }
    }

    public ServerSettings(boolean secureCookie, List<String> trustedProxies) {
        this(secureCookie, trustedProxies, DEFAULT_MODEL_CHECKS);
    }

    /** Plain HTTP, no proxy in front: what a laptop running the demo has. */
    public static ServerSettings defaults() {
        return new ServerSettings(false, List.of());
    }

    /**
     * From the configuration's text values: {@code secure-cookie} true or false, proxies comma-separated,
     * {@code model-check-minutes} a whole number of minutes (absent: the default).
     */
    public static ServerSettings parse(
            @Nullable String secureCookie, @Nullable String trustedProxies, @Nullable String modelCheckMinutes) {
        return new ServerSettings(flag(secureCookie), list(trustedProxies), minutes(modelCheckMinutes));
    }

    private static Duration minutes(@Nullable String v) {
        if (v == null || v.isBlank()) {
            return DEFAULT_MODEL_CHECKS;
        }
        try {
            long minutes = Long.parseLong(v.strip());
            if (minutes >= 0 && minutes <= 7 * 24 * 60) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // refused below with the key's name
        }
        throw MarketPilotException.invalid(
                "server.model-check-minutes must be a whole number of minutes from 0 (off) to 10080, not '" + v + "'");
    }

    private static boolean flag(@Nullable String v) {
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

    private static List<String> list(@Nullable String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
