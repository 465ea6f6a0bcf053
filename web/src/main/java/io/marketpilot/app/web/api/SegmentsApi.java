package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /segments}: segmentation runs, their personas and members, and a customer's segment history. */
public final class SegmentsApi {
    /** What to run; everything optional. */
    public record RunRequest(
            @Nullable String k,
            @Nullable Long seed,
            @Nullable LocalDate asOf) {}

    private final Services app;

    public SegmentsApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Segments";
        api.post(
                        "/segments/runs",
                        Access.MARKETER,
                        tag,
                        "Segment the customers now (k auto by silhouette, or fixed) and keep the run")
                .body("SegmentationRunRequest")
                .created("SegmentationRun")
                .handle(this::run);
        api.get("/segments/runs", Access.VIEWER, tag, "Segmentation runs, newest first")
                .returns("SegmentationRunList")
                .handle(this::list);
        api.get(
                        "/segments/runs/{id}",
                        Access.VIEWER,
                        tag,
                        "A run: quality figures, personas, centroids in original units, elbow curve")
                .returns("SegmentationRun")
                .handle(this::get);
        api.get("/segments/runs/{id}/members", Access.VIEWER, tag, "Members of a run, closest to their centroid first")
                .query("segment", "integer", "Only this segment")
                .query("offset", "integer", "Rows to skip")
                .query("limit", "integer", "Rows, 1–500 (default 50)")
                .returns("SegmentMemberPage")
                .handle(this::members);
        api.get(
                        "/customers/{id}/profile",
                        Access.VIEWER,
                        tag,
                        "A customer's features (RFM, behaviour, affinities), segment history, CLV, churn risk and send time")
                .returns("CustomerProfile")
                .handle(this::profile);
        api.get("/customers/{id}/segments", Access.VIEWER, tag, "A customer's segment in every run, newest first")
                .returns("SegmentHistory")
                .handle(this::history);
    }

    private void run(Context ctx) {
        RunRequest req = Requests.optionalBody(ctx, RunRequest.class).orElse(new RunRequest(null, null, null));
        var stored = app.segments.run(req.k(), req.seed() == null ? 42 : req.seed(), Optional.ofNullable(req.asOf()));
        app.audit.record(
                Authenticator.principal(ctx).actor(),
                "segments.run",
                String.valueOf(stored.run().id()),
                "k=" + stored.run().k());
        ctx.status(201).json(describe(stored));
    }

    private void list(Context ctx) {
        ctx.json(app.segments.list());
    }

    private void get(Context ctx) {
        ctx.json(describe(app.segments
                .find(runId(ctx))
                .orElseThrow(() -> MarketPilotException.notFound("Segmentation run", ctx.pathParam("id")))));
    }

    private void members(Context ctx) {
        long id = runId(ctx);
        if (app.segments.find(id).isEmpty()) {
            throw MarketPilotException.notFound("Segmentation run", ctx.pathParam("id"));
        }
        Optional<Integer> segment =
                Optional.ofNullable(ctx.queryParam("segment")).map(s -> Requests.intParam(ctx, "segment", 0));
        ctx.json(app.segments.runs().members(id, segment, Requests.page(ctx)));
    }

    private void profile(Context ctx) {
        String id = ctx.pathParam("id");
        if (app.customers.find(id).isEmpty()) {
            throw MarketPilotException.notFound("Customer", id);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customerId", id);
        out.putAll(app.segments.features(id).orElse(Map.of("features", Map.of())));
        app.predictions.outlook(id).ifPresent(o -> {
            // lifetime value and churn risk are part of the customer's profile, next to the behavioural features
            @SuppressWarnings("unchecked") // the services' profile holds its features as a JSON object
            Map<String, Object> features = new LinkedHashMap<>((Map<String, Object>) out.get("features"));
            features.put("churn_risk", o.churnRisk());
            features.put("clv_12m", o.clv());
            out.put("features", features);
        });
        app.predictions.channel(id).ifPresent(c -> out.put("channel", c));
        out.put("segments", app.segments.runs().history(id));
        app.predictions.outlook(id).ifPresent(o -> out.put("outlook", o));
        app.predictions
                .sendTime(id)
                .ifPresent(t -> out.put("sendTime", io.marketpilot.app.insight.CustomerValues.sendTimeRow(t)));
        ctx.json(out);
    }

    private void history(Context ctx) {
        String id = ctx.pathParam("id");
        if (app.customers.find(id).isEmpty()) {
            throw MarketPilotException.notFound("Customer", id);
        }
        ctx.json(app.segments.runs().history(id).stream()
                .map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("runId", m.runId());
                    row.put("createdAt", m.createdAt());
                    row.put("segment", m.segment());
                    row.put(
                            "persona",
                            app.segments
                                    .find(m.runId())
                                    .map(r -> r.segmentName(m.segment()))
                                    .orElse(null));
                    row.put("distance", m.distance());
                    return row;
                })
                .toList());
    }

    private static Map<String, Object> describe(io.marketpilot.app.insight.StoreSegments.StoredRun r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", r.run());
        out.putAll(r.summary());
        return out;
    }

    private static long runId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw MarketPilotException.notFound("Segmentation run", ctx.pathParam("id"));
        }
    }
}
