package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.jobs.JobRun;
import io.marketpilot.app.jobs.Published;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@code /jobs}: the models the server builds in the background, their state and recent builds, and rebuilds. */
public final class JobsApi {
    private final Services app;

    public JobsApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Jobs";
        api.get("/jobs", Access.VIEWER, tag, "Each model's state (ready, building, failed) and the latest builds")
                .returns("Jobs")
                .handle(ctx -> ctx.json(jobs()));
        api.post(
                        "/jobs/{model}/rebuild",
                        Access.MARKETER,
                        tag,
                        "Queue a rebuild of one model; reads keep the current one")
                .accepted("JobQueued")
                .handle(this::rebuild);
    }

    private Map<String, Object> jobs() {
        Instant now = app.clock.instant();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", app.jobs.mode().name().toLowerCase(java.util.Locale.ROOT));
        out.put("models", app.jobs.models().stream().map(JobsApi::model).toList());
        out.put("recent", app.jobs.recent().stream().map(r -> run(r, now)).toList());
        return out;
    }

    private void rebuild(Context ctx) {
        String name = ctx.pathParam("model");
        Published<?> model = app.jobs.find(name).orElseThrow(() -> MarketPilotException.notFound("Model", name));
        // the caller does not wait: the build's outcome shows in the model's status and the job history
        CompletableFuture<?> unused =
                model.rebuild("asked by " + Authenticator.principal(ctx).actor());
        ctx.status(202).json(Map.of("model", name, "state", "queued"));
    }

    static Map<String, Object> model(Published.Status s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("state", s.state());
        s.builtAt().ifPresent(t -> m.put("builtAt", t.toString()));
        s.tookMillis().ifPresent(t -> m.put("tookMillis", t));
        s.error().ifPresent(e -> m.put("error", e));
        return m;
    }

    static Map<String, Object> run(JobRun r, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("model", r.model());
        m.put("reason", r.reason());
        m.put("state", r.state().wireName());
        m.put("queuedAt", r.queuedAt().toString());
        r.startedAt().ifPresent(t -> m.put("startedAt", t.toString()));
        r.finishedAt().ifPresent(t -> m.put("finishedAt", t.toString()));
        r.tookMillis(now).ifPresent(t -> m.put("tookMillis", t));
        r.message().ifPresent(t -> m.put("message", t));
        return m;
    }

    /** What the document says these answers hold. */
    static Map<String, Object> schemas() {
        Map<String, Object> millis = Map.of("type", "integer", "description", "How long the build took");
        return Map.of(
                "Jobs",
                OpenApiSchemas.object(
                        List.of("mode", "models", "recent"),
                        "mode",
                        OpenApiSchemas.str(
                                "background on the server (reads never wait for a build), inline in the CLI"),
                        "models",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                OpenApiSchemas.object(
                                        List.of("name", "state"),
                                        "name",
                                        OpenApiSchemas.str("The model, e.g. customer-value"),
                                        "state",
                                        OpenApiSchemas.str("ready, building or failed"),
                                        "builtAt",
                                        OpenApiSchemas.str("When the latest build finished (UTC instant)"),
                                        "tookMillis",
                                        millis,
                                        "error",
                                        OpenApiSchemas.str("Why the latest build failed"))),
                        "recent",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                OpenApiSchemas.object(
                                        List.of("id", "model", "reason", "state", "queuedAt"),
                                        "id",
                                        Map.of("type", "integer"),
                                        "model",
                                        OpenApiSchemas.str("The model"),
                                        "reason",
                                        OpenApiSchemas.str("What asked for the build"),
                                        "state",
                                        OpenApiSchemas.str("queued, running, succeeded or failed"),
                                        "queuedAt",
                                        OpenApiSchemas.str("UTC instant"),
                                        "startedAt",
                                        OpenApiSchemas.str("UTC instant"),
                                        "finishedAt",
                                        OpenApiSchemas.str("UTC instant"),
                                        "tookMillis",
                                        millis,
                                        "message",
                                        OpenApiSchemas.str("What the build said, e.g. why it failed")))),
                "JobQueued",
                OpenApiSchemas.object(
                        List.of("model", "state"),
                        "model",
                        OpenApiSchemas.str("Model"),
                        "state",
                        OpenApiSchemas.str("queued")));
    }
}
