package io.marketpilot.app.web.auth;

import io.javalin.http.Context;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.ApiKeys;
import io.marketpilot.core.access.Role;
import java.util.Optional;

/**
 * Finds the caller of a request (an {@code Authorization: Bearer} or {@code X-API-Key} header, else a dashboard
 * session cookie) and enforces the route's {@link Access}.
 */
public final class Authenticator {
    private static final String ATTRIBUTE = "principal";

    private final ApiKeys keys;
    private final DashboardSessions sessions;

    public Authenticator(ApiKeys keys, DashboardSessions sessions) {
        this.keys = keys;
        this.sessions = sessions;
    }

    public Optional<Principal> identify(Context ctx) {
        Principal cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Principal> found = presentedKey(ctx)
                .flatMap(keys::verify)
                .map(k -> new Principal(k.id(), k.name(), k.role()))
                .or(() -> Optional.ofNullable(ctx.cookie(DashboardSessions.COOKIE))
                        .flatMap(this::fromSession));
        found.ifPresent(p -> ctx.attribute(ATTRIBUTE, p));
        return found;
    }

    /**
     * The caller of a dashboard session as its key stands now: a session is only as good as the key it was opened
     * with, so revoking the key ends it at the next request (from any process sharing the store), and the role is
     * the key's current one.
     */
    private Optional<Principal> fromSession(String token) {
        Optional<Principal> opened = sessions.find(token);
        if (opened.isEmpty()) {
            return opened;
        }
        Optional<Principal> current =
                keys.active(opened.get().keyId()).map(k -> new Principal(k.id(), k.name(), k.role()));
        if (current.isEmpty()) {
            sessions.close(token);
        }
        return current;
    }

    /** Throws 401 without credentials and 403 when the caller's role is below the route's. */
    public Principal require(Context ctx, Access access) {
        Principal p = identify(ctx)
                .orElseThrow(() -> new MarketPilotException(
                        ErrorCode.UNAUTHORIZED,
                        "An API key is required: send 'Authorization: Bearer <key>' (create one with"
                                + " 'marketpilot apikey create --role viewer')"));
        Role needed = access.role().orElse(Role.VIEWER);
        if (!p.role().includes(needed)) {
            throw new MarketPilotException(
                    ErrorCode.FORBIDDEN,
                    "This needs the " + needed.wireName() + " role; the key '" + p.name() + "' is "
                            + p.role().wireName(),
                    java.util.Map.of(
                            "required", needed.wireName(), "role", p.role().wireName()));
        }
        return p;
    }

    /** The caller of a route that {@link #require} already admitted. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            throw new MarketPilotException(ErrorCode.UNAUTHORIZED, "Not signed in");
        }
        return p;
    }

    private static Optional<String> presentedKey(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(auth.substring(7).strip());
        }
        return Optional.ofNullable(ctx.header("X-API-Key")).map(String::strip);
    }
}
