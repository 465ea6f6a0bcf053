package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.journey.JourneyApplied;
import io.marketpilot.app.journey.JourneyService;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import java.nio.charset.StandardCharsets;

/**
 * {@code /journeys}: journeys from JSON to report. The body of an apply or a validation is the journey's JSON as the
 * CLI's file holds it, read by the journeys' own codec, so a refusal lists every problem with its JSON path. Marketers
 * apply, pause and resume; viewers read.
 */
public final class JourneyApi {
    private final JourneyService journeys;

    public JourneyApi(JourneyService journeys) {
        this.journeys = journeys;
    }

    public void register(ApiRegistry api) {
        String tag = "Journeys";
        api.get("/journeys", Access.VIEWER, tag, "Journeys, by id")
                .returns("JourneyList")
                .handle(ctx -> ctx.json(journeys.list()));
        api.post(
                        "/journeys",
                        Access.MARKETER,
                        tag,
                        "Apply a journey: create it (active), or store a new version when it changed; customers in"
                                + " flight stay on their version")
                .body("JourneyDefinition")
                .returns("JourneyApplied")
                .fails(
                        ErrorCode.INVALID_INPUT,
                        "The journey is not valid: details list each problem's path and message")
                .fails(ErrorCode.CONFLICT, "A send step's content is not approved or does not fit its channel")
                .handle(this::apply);
        api.post(
                        "/journeys/validate",
                        Access.MARKETER,
                        tag,
                        "Check a journey without storing it: every problem with its JSON path")
                .body("JourneyDefinition")
                .returns("JourneyValidation")
                .handle(ctx -> ctx.json(journeys.validate(body(ctx))));
        api.get("/journeys/{id}", Access.VIEWER, tag, "One journey, its versions and its latest JSON")
                .returns("JourneyDetail")
                .handle(ctx -> ctx.json(journeys.show(id(ctx))));
        api.post(
                        "/journeys/{id}/pause",
                        Access.MARKETER,
                        tag,
                        "Take nobody new in; customers in it stay on their step until it resumes")
                .returns("Journey")
                .handle(ctx -> ctx.json(journeys.pause(id(ctx), actor(ctx))));
        api.post("/journeys/{id}/resume", Access.MARKETER, tag, "Take customers in again and move those in it on")
                .returns("Journey")
                .handle(ctx -> ctx.json(journeys.resume(id(ctx), actor(ctx))));
        api.get(
                        "/journeys/{id}/report",
                        Access.VIEWER,
                        tag,
                        "Per step: entered, waiting, branched, sent, converted, exited; and the conversion against the"
                                + " holdout with its interval")
                .returns("JourneyReport")
                .handle(ctx -> ctx.json(journeys.report(id(ctx))));
    }

    private void apply(Context ctx) {
        JourneyApplied applied = journeys.apply(body(ctx), actor(ctx));
        ctx.json(applied);
    }

    private static String body(Context ctx) {
        return new String(Requests.rawBody(ctx), StandardCharsets.UTF_8);
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).actor();
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }
}
