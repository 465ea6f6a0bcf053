package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.journey.JourneyApplied;
import io.marketpilot.app.journey.JourneyDetail;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.app.journey.JourneyService;
import io.marketpilot.app.journey.JourneyValidation;
import io.marketpilot.app.journey.JourneyView;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.JourneyDefinition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "Journeys" pages: the list (status, version, entered, in flight, converted), a journey's page (its versions,
 * the step list with each step's counts, the conversion against the holdout with its interval, pause and resume) and
 * the JSON editor on it and on the new-journey page: Validate lists every problem with its JSON path, as {@code
 * journey validate} does; Apply stores a new version (customers in flight finish on theirs). Viewers read; marketers
 * edit, pause and resume, as with campaigns.
 */
final class JourneysPage {
    private static final int MAX_ECHO = 1_000;

    private final Services app;
    private final Dashboard dashboard;

    JourneysPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/journeys", Access.VIEWER, ctx -> dashboard.page(ctx, "Journeys", f -> list(ctx, f)));
        routes.page("/journeys/new", Access.MARKETER, ctx -> dashboard.page(ctx, "Journeys", this::fresh));
        routes.form("/journeys/editor", Access.MARKETER, this::edit);
        routes.page("/journeys/{id}", Access.VIEWER, ctx -> dashboard.page(ctx, "Journeys", f -> detail(ctx, f)));
        routes.form("/journeys/{id}/action", Access.MARKETER, this::act);
    }

    private JourneyService service() {
        return app.journeys.service;
    }

    private Dashboard.View list(Context ctx, Frame frame) {
        List<JourneyViews.Row> rows = service().list().stream()
                .map(j -> {
                    JourneyReport r = service().report(j.id());
                    long inFlight = r.steps().stream()
                            .mapToLong(JourneyReport.StepFigures::waiting)
                            .sum();
                    return new JourneyViews.Row(
                            j, r.entered() + r.holdoutEntered(), inFlight, r.converted() + r.holdoutConverted());
                })
                .toList();
        return new Dashboard.View(
                "journeys.jte",
                new JourneyViews.ListView(frame, rows, Dashboard.callerHas(ctx, Role.MARKETER), param(ctx, "message")));
    }

    private Dashboard.View fresh(Frame frame) {
        return new Dashboard.View(
                "journey-new.jte", new JourneyViews.New(frame, JourneyViews.Editor.showing("", template())));
    }

    private Dashboard.View detail(Context ctx, Frame frame) {
        String id = ctx.pathParam("id");
        JourneyDetail detail = service().show(id);
        return detail(ctx, frame, detail, JourneyViews.Editor.showing(id, detail.definition()));
    }

    private Dashboard.View detail(Context ctx, Frame frame, JourneyDetail detail, JourneyViews.Editor editor) {
        JourneyReport report = service().report(detail.journey().id());
        Map<String, String> described = described(detail.definition());
        List<JourneyViews.StepRow> steps = report.steps().stream()
                .map(s -> new JourneyViews.StepRow(
                        s.stepId(), described.getOrDefault(s.stepId(), "(a step of an older version)"), s))
                .toList();
        return new Dashboard.View(
                "journey.jte",
                new JourneyViews.Detail(
                        frame,
                        detail,
                        report,
                        steps,
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        editor,
                        param(ctx, "message")));
    }

    /** The latest version's steps in words, by step id. */
    private static Map<String, String> described(String json) {
        JourneyDefinition journey = JourneyCodec.read(json);
        return journey.steps().stream()
                .collect(Collectors.toMap(
                        s -> s.id(), JourneyStepText::describe, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * Validate or Apply from the editor. Validation answers on the page, with the text kept; an applied journey leads to
     * its page; a refused one comes back with every problem and the text kept.
     */
    private void edit(Context ctx) {
        String json = Objects.requireNonNullElse(ctx.formParam("json"), "");
        String journeyId = param(ctx, "journey");
        String actor = Authenticator.principal(ctx).actor();
        JourneyViews.Editor editor;
        if (param(ctx, "action").equals("apply")) {
            try {
                JourneyApplied applied = service().apply(json, actor);
                String done = applied.changed()
                        ? "Stored version " + applied.version() + " of journey "
                                + applied.journey().id()
                                + ": customers who enter from now on walk it; those in flight finish on theirs."
                        : "Unchanged: version " + applied.version() + " says the same.";
                ctx.redirect("/journeys/" + encode(applied.journey().id()) + "?message=" + encode(done));
                return;
            } catch (MarketPilotException e) {
                JourneyValidation v = service().validate(json);
                editor = new JourneyViews.Editor(
                        journeyId,
                        json,
                        true,
                        v.problems(),
                        v.valid()
                                ? "Not applied: " + Objects.requireNonNullElse(e.getMessage(), "refused")
                                : "Not applied: the journey is not valid.");
            }
        } else {
            JourneyValidation v = service().validate(json);
            editor = new JourneyViews.Editor(
                    journeyId,
                    json,
                    true,
                    v.problems(),
                    v.valid() ? "valid: journey " + v.journeyId() : v.problems().size() + " problem(s)");
        }
        JourneyViews.Editor shown = editor;
        Optional<JourneyDetail> page = journeyId.isEmpty()
                ? Optional.empty()
                : service().list().stream().anyMatch(j -> j.id().equals(journeyId))
                        ? Optional.of(service().show(journeyId))
                        : Optional.empty();
        dashboard.page(ctx, "Journeys", frame -> page.map(d -> detail(ctx, frame, d, shown))
                .orElseGet(() -> new Dashboard.View("journey-new.jte", new JourneyViews.New(frame, shown))));
    }

    private void act(Context ctx) {
        String id = ctx.pathParam("id");
        String actor = Authenticator.principal(ctx).actor();
        String done;
        try {
            done = switch (param(ctx, "action")) {
                case "pause" -> {
                    JourneyView j = service().pause(id, actor);
                    yield "Journey " + j.id() + " is paused: nobody enters, customers in it wait where they are.";
                }
                case "resume" -> {
                    JourneyView j = service().resume(id, actor);
                    yield "Journey " + j.id() + " is active: customers enter again, those in it move on.";
                }
                default -> throw MarketPilotException.invalid("Choose pause or resume");
            };
        } catch (MarketPilotException e) {
            done = Objects.requireNonNullElse(e.getMessage(), "refused");
        }
        ctx.redirect("/journeys/" + encode(id) + "?message=" + encode(clip(done)));
    }

    /** A starting point for a new journey: a sign-up, a wait, an approved e-mail (the latest approved one, if any). */
    private String template() {
        long content = app
                .content
                .list(new ContentQuery(
                        Optional.of(ContentStatus.APPROVED), Optional.of("email"), Optional.empty(), 0, 1))
                .items()
                .stream()
                .findFirst()
                .map(i -> i.id())
                .orElse(1L);
        return """
                {
                  "id": "my-journey",
                  "name": "My journey",
                  "trigger": {"type": "event", "event": "signed_up"},
                  "steps": [
                    {"id": "settle", "type": "wait", "duration": "PT2H"},
                    {"id": "hello", "type": "send", "channel": "email", "content": {"type": "approved", "ids": [%d]}},
                    {"id": "linger", "type": "wait", "duration": "P3D"}
                  ],
                  "goal": {"type": "order"},
                  "reEntry": {"type": "once"},
                  "holdout": 0.1
                }
                """.formatted(content);
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name) != null ? ctx.formParam(name) : ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static String clip(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
