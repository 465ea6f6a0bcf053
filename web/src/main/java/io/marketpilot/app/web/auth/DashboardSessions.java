package io.marketpilot.app.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard log-ins: an API key typed once into the log-in form becomes a random session token in an HttpOnly
 * cookie, so the key itself never sits in the browser. Sessions live in memory and end after 12 hours, a restart, or
 * (checked by {@link Authenticator} at every request) the revocation of their key.
 */
public final class DashboardSessions {
    public static final String COOKIE = "mp_session";
    private static final Duration TTL = Duration.ofHours(12);

    private record Session(Principal principal, Instant expires) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public DashboardSessions(Clock clock) {
        this.clock = clock;
    }

    public String open(Principal principal) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        sessions.put(token, new Session(principal, clock.instant().plus(TTL)));
        return token;
    }

    public Optional<Principal> find(String token) {
        Session s = sessions.get(token);
        if (s == null || s.expires().isBefore(clock.instant())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s.principal());
    }

    public void close(String token) {
        sessions.remove(token);
    }
}
