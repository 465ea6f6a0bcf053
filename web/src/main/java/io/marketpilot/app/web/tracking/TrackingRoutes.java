package io.marketpilot.app.web.tracking;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.marketpilot.app.campaign.ClickThrough;
import io.marketpilot.app.campaign.PreferencePage;
import io.marketpilot.app.campaign.Tracking;
import io.marketpilot.app.campaign.TrackingLinks;
import io.marketpilot.app.support.RateLimiter;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.web.auth.TrustedProxies;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Consent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The links in a campaign's messages, public (a recipient has no key; the signed token in the path is the only
 * credential, and it names one customer of one campaign): the open pixel ({@code /o/}), tracked clicks ({@code /c/}),
 * one-click unsubscribe ({@code POST /u/}, RFC 8058), the preference page ({@code /u/} and {@code /p/}: GET shows,
 * POST saves) and a double opt-in's confirmation ({@code /confirm/}).
 *
 * <p>A token that was altered, made for another purpose or expired gets a plain "not valid" page, never a redirect:
 * a click goes only to the target signed into its token. The pixel answers its GIF whatever happens, and records
 * nothing for a bad token or a HEAD request (mail clients and scanners prefetch). Every route is rate-limited per
 * client address as the support chat's public routes are: reads by {@code support.reads-per-minute}, changes by
 * {@code support.messages-per-minute}; past the limit the pixel still answers its GIF and records nothing.
 */
public final class TrackingRoutes {
    /** A transparent 1×1 GIF. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private static final String TOKEN = "token";
    private static final int MAX_PROOF = 300;

    private final Tracking tracking;
    private final TrustedProxies proxies;
    private final RateLimiter reads;
    private final RateLimiter writes;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public TrackingRoutes(Tracking tracking, TrustedProxies proxies, RateLimiter reads, RateLimiter writes) {
        this.tracking = tracking;
        this.proxies = proxies;
        this.reads = reads;
        this.writes = writes;
    }

    public void register(Routes routes) {
        routes.api(HandlerType.GET, path(TrackingLinks.OPEN), Access.PUBLIC, this::open);
        routes.api(HandlerType.GET, path(TrackingLinks.CLICK), Access.PUBLIC, this::click);
        routes.api(HandlerType.POST, path(TrackingLinks.UNSUBSCRIBE), Access.PUBLIC, this::unsubscribe);
        routes.api(HandlerType.GET, path(TrackingLinks.UNSUBSCRIBE), Access.PUBLIC, this::preferences);
        routes.api(HandlerType.GET, path(TrackingLinks.PREFERENCES), Access.PUBLIC, this::preferences);
        routes.api(HandlerType.POST, path(TrackingLinks.PREFERENCES), Access.PUBLIC, this::savePreferences);
        routes.api(HandlerType.GET, path(TrackingLinks.CONFIRM), Access.PUBLIC, this::confirm);
    }

    private static String path(String prefix) {
        return prefix + "{" + TOKEN + "}";
    }

    private void open(Context ctx) {
        ctx.header("Cache-Control", "no-store, private");
        ctx.contentType("image/gif");
        if (ctx.method() != HandlerType.HEAD && reads.acquire(proxies.clientAddress(ctx)) == 0) {
            try {
                tracking.open(ctx.pathParam(TOKEN));
            } catch (MarketPilotException e) {
                // a bad token records nothing, and the pixel looks the same either way
            }
        }
        ctx.result(PIXEL);
    }

    private void click(Context ctx) {
        if (limited(ctx, reads)) {
            return;
        }
        ClickThrough click;
        try {
            click = tracking.click(ctx.pathParam(TOKEN));
        } catch (MarketPilotException e) {
            notValid(ctx);
            return;
        }
        ctx.header("Cache-Control", "no-store, private");
        ctx.redirect(click.target().toString(), io.javalin.http.HttpStatus.FOUND);
    }

    /** RFC 8058: the mail client's POST (body {@code List-Unsubscribe=One-Click}, or none) unsubscribes at once. */
    private void unsubscribe(Context ctx) {
        if (limited(ctx, writes)) {
            return;
        }
        try {
            tracking.unsubscribe(ctx.pathParam(TOKEN));
        } catch (MarketPilotException e) {
            notValid(ctx);
            return;
        }
        notice(
                ctx,
                200,
                new NoticeView(
                        "Unsubscribed",
                        "You are unsubscribed: we will not send you marketing messages on this channel again."));
    }

    private void preferences(Context ctx) {
        if (limited(ctx, reads)) {
            return;
        }
        String token = ctx.pathParam(TOKEN);
        page(ctx, token, () -> tracking.preferences(token), null);
    }

    /**
     * The preference form: {@code action=unsubscribe} opts out of everything (and suppresses the address); otherwise
     * each listed {@code topics} value is subscribed when a {@code subscribed} box carries it. Only topics whose choice
     * changed are recorded, so saving an untouched form records nothing.
     */
    private void savePreferences(Context ctx) {
        if (limited(ctx, writes)) {
            return;
        }
        String token = ctx.pathParam(TOKEN);
        if ("unsubscribe".equals(ctx.formParam("action"))) {
            page(
                    ctx,
                    token,
                    () -> tracking.savePreferences(token, Map.of(Consent.ALL_TOPICS, false)),
                    "You are unsubscribed from everything on this channel.");
            return;
        }
        List<String> shown = ctx.formParams("topics");
        List<String> chosen = ctx.formParams("subscribed");
        page(
                ctx,
                token,
                () -> {
                    Map<String, Boolean> changes = new LinkedHashMap<>();
                    for (PreferencePage.TopicChoice t :
                            tracking.preferences(token).topics()) {
                        boolean now = t.status().equals("opted_in");
                        boolean wanted = chosen.contains(t.topic());
                        if (shown.contains(t.topic()) && now != wanted) {
                            changes.put(t.topic(), wanted);
                        }
                    }
                    return changes.isEmpty() ? tracking.preferences(token) : tracking.savePreferences(token, changes);
                },
                "Your choices are saved.");
    }

    private void confirm(Context ctx) {
        if (limited(ctx, writes)) {
            return;
        }
        String agent = Objects.requireNonNullElse(ctx.userAgent(), "unknown");
        String proof = "from " + proxies.clientAddress(ctx) + ", user agent " + agent;
        try {
            var confirmed = tracking.confirmOptIn(
                    ctx.pathParam(TOKEN), proof.length() <= MAX_PROOF ? proof : proof.substring(0, MAX_PROOF));
            notice(
                    ctx,
                    200,
                    new NoticeView(
                            "Subscription confirmed",
                            "Thank you: you are subscribed"
                                    + (confirmed.topic().equals(Consent.ALL_TOPICS) ? "" : " to " + confirmed.topic())
                                    + ". Every message has a link to unsubscribe."));
        } catch (MarketPilotException e) {
            notValid(ctx);
        }
    }

    private void page(Context ctx, String token, Supplier<PreferencePage> action, @Nullable String done) {
        PreferencePage page;
        try {
            page = action.get();
        } catch (MarketPilotException e) {
            notValid(ctx);
            return;
        }
        List<PreferenceView.Topic> topics = new ArrayList<>();
        for (PreferencePage.TopicChoice t : page.topics()) {
            topics.add(new PreferenceView.Topic(
                    t.topic(),
                    t.topic().equals(Consent.ALL_TOPICS) ? "All our marketing messages" : t.topic(),
                    t.status().equals("opted_in"),
                    t.status().replace('_', ' ')));
        }
        render(
                ctx,
                200,
                "preferences.jte",
                new PreferenceView(TrackingLinks.PREFERENCES + token, page.channel(), topics, done));
    }

    private void notValid(Context ctx) {
        notice(
                ctx,
                404,
                new NoticeView(
                        "Link not valid",
                        "This link is not valid: it may have been altered or copied incompletely. Nothing was changed."));
    }

    private boolean limited(Context ctx, RateLimiter limiter) {
        long wait = limiter.acquire(proxies.clientAddress(ctx));
        if (wait <= 0) {
            return false;
        }
        ctx.header("Retry-After", String.valueOf(wait));
        notice(
                ctx,
                429,
                new NoticeView(
                        "Too many requests", "Too many requests from this address: try again in " + wait + " s."));
        return true;
    }

    private void notice(Context ctx, int status, NoticeView view) {
        render(ctx, status, "notice.jte", view);
    }

    private void render(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.status(status).header("Cache-Control", "no-store, private").html(out.toString());
    }
}
