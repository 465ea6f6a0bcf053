package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.DashboardSessions;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.web.auth.SignInThrottle;
import io.marketpilot.app.web.auth.TrustedProxies;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.ApiKeys;
import io.marketpilot.core.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /login} and {@code /logout}: an API key typed into the form becomes a dashboard session in an HttpOnly,
 * SameSite=Strict cookie, Secure when the server is configured for TLS or a trusted proxy says the browser used
 * HTTPS. Failed sign-ins are limited per client address ({@link SignInThrottle}): past the limit the form answers
 * 429 with {@code Retry-After}, without looking at the key.
 */
final class SignInPage {
    private static final Logger LOG = LoggerFactory.getLogger(SignInPage.class);

    private final ApiKeys keys;
    private final AuditLog audit;
    private final DashboardSessions sessions;
    private final SignInThrottle throttle;
    private final TrustedProxies proxies;
    private final boolean secureCookie;
    private final Dashboard dashboard;

    SignInPage(
            ApiKeys keys,
            AuditLog audit,
            DashboardSessions sessions,
            SignInThrottle throttle,
            TrustedProxies proxies,
            boolean secureCookie,
            Dashboard dashboard) {
        this.keys = keys;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.proxies = proxies;
        this.secureCookie = secureCookie;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page(
                Routes.SIGN_IN_PAGE, Access.PUBLIC, ctx -> dashboard.render(ctx, "login.jte", new Pages.Login(null)));
        routes.form(Routes.SIGN_IN_PAGE, Access.PUBLIC, this::login);
        routes.form("/logout", Access.PUBLIC, this::logout);
    }

    private void login(Context ctx) {
        String client = proxies.clientAddress(ctx);
        long wait = throttle.admit(client);
        if (wait > 0) {
            refuse(ctx, wait);
            return;
        }
        String key = ctx.formParam("key");
        Optional<Principal> p = key == null
                ? Optional.empty()
                : keys.verify(key.strip()).map(k -> new Principal(k.id(), k.name(), k.role()));
        if (p.isEmpty()) {
            if (throttle.waitSeconds(client) > 0) {
                LOG.warn("event=dashboard.login.throttled client={} failures={}", client, SignInThrottle.LIMIT);
            }
            ctx.status(401);
            dashboard.render(ctx, "login.jte", new Pages.Login("That API key is not valid."));
            return;
        }
        throttle.succeeded(client);
        Cookie cookie = new Cookie(DashboardSessions.COOKIE, sessions.open(p.get()));
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(secureCookie || proxies.overHttps(ctx));
        cookie.setPath("/");
        ctx.cookie(cookie);
        audit.record(p.get().actor(), "dashboard.login", p.get().keyId(), "");
        ctx.redirect("/");
    }

    /** 429 with Retry-After: the log-in page for a browser, the API's JSON error for anything else. */
    private void refuse(Context ctx, long wait) {
        String message = "Too many failed sign-ins from your address: try again in " + wait
                + " s. Until then every sign-in from it is refused, with a valid key too.";
        ctx.header("Retry-After", String.valueOf(wait));
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/html")) {
            throw new MarketPilotException(ErrorCode.TOO_MANY_REQUESTS, message, Map.of("retryAfterSeconds", wait));
        }
        ctx.status(429);
        dashboard.render(ctx, "login.jte", new Pages.Login(message));
    }

    private void logout(Context ctx) {
        Optional.ofNullable(ctx.cookie(DashboardSessions.COOKIE)).ifPresent(sessions::close);
        ctx.removeCookie(DashboardSessions.COOKIE, "/");
        ctx.redirect(Routes.SIGN_IN_PAGE);
    }
}
