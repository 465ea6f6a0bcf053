package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.CampaignService;
import io.marketpilot.app.campaign.CampaignStores;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.api.CampaignBody;
import io.marketpilot.app.web.api.OutboxMessage;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.campaign.AudienceCounts;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Campaigns" pages: the list (status, channel, audience, counts), the create form (audience, content, schedule on
 * one page; creating leads to the campaign's review), a campaign's page (the review with the left-out counts per
 * reason, the fairness comparison (country, age band, imported attributes), the wording checks and rendered messages; the buttons of the caller's role; the live send
 * progress; the report with the holdout lift and its interval), and the "Outbox" (messages stored, not delivered).
 * Forms post and redirect back, so the pages work without JavaScript; htmx polls the progress while a campaign sends.
 */
final class CampaignsPage {
    private static final int LIST_SIZE = 50;
    private static final int OUTBOX_SIZE = 25;
    private static final int MAX_ECHO = 1_000;
    private static final List<String> FORM_FIELDS = List.of(
            "name",
            "audience",
            "segment",
            "rule",
            "customers",
            "content",
            "channel",
            "topic",
            "when",
            "at",
            "windowStart",
            "windowEnd",
            "quietHours",
            "holdout",
            "priority",
            "promotion",
            "keepComplainers",
            "attributionDays");

    private final Services app;
    private final Dashboard dashboard;

    CampaignsPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/campaigns", Access.VIEWER, ctx -> dashboard.page(ctx, "Campaigns", f -> list(ctx, f)));
        routes.page("/campaigns/new", Access.MARKETER, ctx -> dashboard.page(ctx, "Campaigns", f -> form(ctx, f)));
        routes.form("/campaigns", Access.MARKETER, this::create);
        routes.page("/campaigns/{id}", Access.VIEWER, ctx -> dashboard.page(ctx, "Campaigns", f -> detail(ctx, f)));
        routes.page("/campaigns/{id}/progress", Access.VIEWER, this::progress);
        routes.form("/campaigns/{id}/action", Access.MARKETER, this::act);
        routes.page("/outbox", Access.VIEWER, ctx -> dashboard.page(ctx, "Outbox", f -> outbox(ctx, f)));
    }

    private CampaignService service() {
        return app.campaigns.service;
    }

    private Dashboard.View list(Context ctx, Frame frame) {
        CampaignStores stores = app.campaigns.stores;
        List<CampaignViews.Row> rows = new ArrayList<>();
        for (CampaignView c :
                service().list(Optional.empty(), Optional.empty(), 0, LIST_SIZE).items()) {
            Map<SendState, Long> queue = stores.queue().counts(c.id());
            Map<CampaignEventKind, Long> customers = stores.events().customerCounts(c.id());
            rows.add(new CampaignViews.Row(
                    c,
                    stores.audiences()
                            .counts(c.id())
                            .map(AudienceCounts::recipients)
                            .orElse(0L),
                    queue.getOrDefault(SendState.SENT, 0L),
                    customers.getOrDefault(CampaignEventKind.OPEN, 0L),
                    customers.getOrDefault(CampaignEventKind.CLICK, 0L)));
        }
        return new Dashboard.View(
                "campaigns.jte",
                new CampaignViews.ListView(
                        frame, rows, Dashboard.callerHas(ctx, Role.MARKETER), param(ctx, "message")));
    }

    private Dashboard.View form(Context ctx, Frame frame) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FORM_FIELDS) {
            values.put(name, param(ctx, name));
        }
        if (values.getOrDefault("audience", "").isEmpty()) {
            values.put("audience", "segment");
        }
        if (values.getOrDefault("when", "").isEmpty()) {
            values.put("when", "now");
        }
        List<CampaignViews.Option> segments = app.segments
                .latest()
                .map(run -> run.segments().stream()
                        .map(s -> new CampaignViews.Option(
                                String.valueOf(s.get("segment")),
                                s.get("segment") + " · " + s.get("name") + " (" + s.get("size") + " customers)"))
                        .toList())
                .orElse(List.of());
        // approved texts, and those a campaign used already: both may be sent
        List<CampaignViews.Option> content = new ArrayList<>();
        for (ContentStatus status : List.of(ContentStatus.APPROVED, ContentStatus.USED)) {
            app.content
                    .list(new ContentQuery(Optional.of(status), Optional.empty(), Optional.empty(), 0, 100))
                    .items()
                    .forEach(i -> content.add(new CampaignViews.Option(
                            String.valueOf(i.id()),
                            "#" + i.id() + " · " + i.target().channel() + " · "
                                    + i.target().language() + " · " + i.angle()
                                    + (status == ContentStatus.USED ? " (used before)" : ""))));
        }
        QuietHours quiet = app.config.campaigns().quietHours();
        return new Dashboard.View(
                "campaign-new.jte",
                new CampaignViews.Form(
                        frame,
                        segments,
                        content,
                        quiet.any() ? quiet.start() + "-" + quiet.end() : "none",
                        values,
                        param(ctx, "message")));
    }

    private void create(Context ctx) {
        Principal who = Authenticator.principal(ctx);
        Map<String, String> back = new LinkedHashMap<>();
        for (String name : FORM_FIELDS) {
            back.put(name, param(ctx, name));
        }
        try {
            CampaignView created =
                    service().create(body(back).toRequest(app.config.campaigns().quietHours()), who.actor());
            ctx.redirect("/campaigns/" + encode(created.id()) + "?message="
                    + encode(
                            "Draft created: review the audience and the messages below, then submit it for approval."));
        } catch (MarketPilotException e) {
            back.put("message", Objects.requireNonNullElse(e.getMessage(), "refused"));
            ctx.redirect("/campaigns/new?" + query(back));
        }
    }

    /** The form's values as the API's body: one audience, one content, one schedule, by the choices made. */
    private static CampaignBody body(Map<String, String> form) {
        String audience = value(form, "audience");
        String when = value(form, "when");
        String content = value(form, "content");
        String holdout = value(form, "holdout");
        String priority = value(form, "priority");
        String days = value(form, "attributionDays");
        return new CampaignBody(
                null,
                value(form, "name"),
                audience.isEmpty() || audience.equals("segment") ? value(form, "segment") : null,
                null,
                audience.equals("rule") ? value(form, "rule") : null,
                audience.equals("customers")
                        ? Arrays.stream(value(form, "customers").split("[\\s,;]+"))
                                .filter(s -> !s.isBlank())
                                .toList()
                        : null,
                content.isBlank() ? null : List.of(parseLong(content, "content")),
                null,
                value(form, "channel"),
                value(form, "topic"),
                when.equals("at") ? value(form, "at") : null,
                when.equals("window") ? value(form, "windowStart") : null,
                when.equals("window") ? value(form, "windowEnd") : null,
                value(form, "quietHours"),
                holdout.isBlank() ? null : parseDouble(holdout, "holdout") / 100,
                priority.isBlank() ? null : (int) parseLong(priority, "priority"),
                value(form, "promotion").equals("on"),
                // the rule is on unless the marketer ticks it off
                !value(form, "keepComplainers").equals("on"),
                days.isBlank() ? null : (int) parseLong(days, "attribution days"));
    }

    private static String value(Map<String, String> form, String name) {
        return form.getOrDefault(name, "");
    }

    private Dashboard.View detail(Context ctx, Frame frame) {
        String id = ctx.pathParam("id");
        CampaignView campaign = service().get(id);
        boolean canWrite = Dashboard.callerHas(ctx, Role.MARKETER);
        boolean beforeSending =
                List.of("draft", "awaiting_approval", "approved").contains(campaign.status());
        CampaignPreview review = canWrite && beforeSending ? service().preview(id, List.of(), 3) : null;
        return new Dashboard.View(
                "campaign.jte",
                new CampaignViews.Detail(
                        frame,
                        campaign,
                        service().report(id),
                        review,
                        canWrite,
                        campaign.createdBy().equals(Authenticator.principal(ctx).actor()),
                        param(ctx, "message")));
    }

    /** The progress fragment htmx swaps in every two seconds while the campaign sends. */
    private void progress(Context ctx) {
        dashboard.render(
                ctx,
                "campaign_progress.jte",
                new CampaignViews.Progress(service().report(ctx.pathParam("id"))));
    }

    private void act(Context ctx) {
        String id = ctx.pathParam("id");
        String actor = Authenticator.principal(ctx).actor();
        String comment = param(ctx, "comment");
        String done;
        try {
            done = switch (param(ctx, "action")) {
                case "submit" -> {
                    service().submit(id, actor);
                    yield "Submitted: a second person (an admin or another marketer) approves it.";
                }
                case "approve" -> {
                    service().approve(id, actor, comment);
                    yield "Approved. Schedule it to queue its recipients.";
                }
                case "reject" -> {
                    service().reject(id, actor, comment.isBlank() ? "sent back from the dashboard" : comment);
                    yield "Sent back to its author as a draft.";
                }
                case "schedule" -> {
                    var launch = service().schedule(id, actor);
                    yield launch.recipients() + " recipients queued; the server sends each when it is due ("
                            + launch.delivery() + ").";
                }
                case "pause" -> {
                    service().pause(id, actor);
                    yield "Paused.";
                }
                case "resume" -> {
                    service().resume(id, actor);
                    yield "Sending again.";
                }
                case "cancel" -> {
                    service().cancel(id, actor);
                    yield "Cancelled; what was sent stays sent.";
                }
                default ->
                    throw MarketPilotException.invalid(
                            "Choose submit, approve, reject, schedule, pause, resume or cancel");
            };
        } catch (MarketPilotException e) {
            done = Objects.requireNonNullElse(e.getMessage(), "refused");
        }
        ctx.redirect("/campaigns/" + encode(id) + "?message=" + encode(clip(done)));
    }

    private Dashboard.View outbox(Context ctx, Frame frame) {
        String q = param(ctx, "q");
        int offset = Math.max(0, parseIntOr(param(ctx, "offset"), 0));
        Page<OutboxEntry> page =
                app.campaigns.stores.outbox().page(new PageRequest(offset, OUTBOX_SIZE, q.isBlank() ? null : q));
        return new Dashboard.View(
                "outbox.jte",
                new CampaignViews.Outbox(
                        frame,
                        page.items().stream().map(OutboxMessage::of).toList(),
                        page.total(),
                        page.offset(),
                        page.limit(),
                        q));
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name) != null ? ctx.formParam(name) : ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static long parseLong(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(field + " must be a whole number, not '" + text + "'");
        }
    }

    private static double parseDouble(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(field + " must be a number, not '" + text + "'");
        }
    }

    private static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The form's values to show again after a refusal; one longer than {@link #MAX_ECHO} is left out. */
    private static String query(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (!v.isEmpty() && v.length() <= MAX_ECHO) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(encode(v));
            }
        });
        return sb.toString();
    }
}
