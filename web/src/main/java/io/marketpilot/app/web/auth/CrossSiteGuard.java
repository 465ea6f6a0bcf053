package io.marketpilot.app.web.auth;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site requests that change something on the strength of the dashboard's session cookie (CSRF): a
 * page elsewhere must not be able to post a form, or a {@code text/plain} body to the REST API, that the browser
 * sends with the signed-in user's cookie. SameSite=Strict already keeps the cookie off such requests in current
 * browsers; this is the second wall the cookie's attribute alone is not. The browser says where a request comes from
 * ({@code Sec-Fetch-Site}, else {@code Origin} against {@code Host}); a request that carries an API key is not
 * ambient authority and passes, and so does one without the cookie.
 */
public final class CrossSiteGuard {
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private CrossSiteGuard() {}

    public static void install(Javalin javalin) {
        javalin.before(CrossSiteGuard::check);
    }

    static void check(Context ctx) {
        if (!CHANGING.contains(ctx.method().name())
                || ctx.cookie(DashboardSessions.COOKIE) == null
                || carriesKey(ctx)
                || !crossSite(ctx)) {
            return;
        }
        throw new MarketPilotException(
                ErrorCode.FORBIDDEN,
                "Cross-site request refused: a signed-in dashboard session only accepts changes from its own pages"
                        + " (send an API key from other clients)");
    }

    private static boolean carriesKey(Context ctx) {
        return ctx.header("Authorization") != null || ctx.header("X-API-Key") != null;
    }

    /** Whether the browser says the request comes from another site. */
    static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            return !(s.equals("same-origin") || s.equals("none"));
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false; // browsers send Origin on every cross-origin POST; without it this is no browser's forgery
        }
        String host = ctx.header("Host");
        try {
            String authority = URI.create(origin.strip()).getAuthority();
            return authority == null || host == null || !authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return true; // "null" (a sandboxed page) or garbage: not our own page
        }
    }
}
