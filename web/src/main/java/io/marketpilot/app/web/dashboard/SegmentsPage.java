package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.store.SegmentationRuns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The "Segments" page: persona cards, a 2-D map of the customers, sizes and revenue, churn and value per segment. */
final class SegmentsPage {
    private static final int MAP_POINTS = 3_000;

    private final Services app;
    private final Dashboard dashboard;

    SegmentsPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/segments", Access.VIEWER, ctx -> dashboard.page(ctx, "Segments", this::view));
        routes.page("/segments/{run}/{segment}.csv", Access.VIEWER, this::csv);
    }

    private Dashboard.View view(Frame frame) {
        var latest = app.segments.latest();
        if (latest.isEmpty()) {
            return new Dashboard.View("segments.jte", new Pages.Segments(frame, null, List.of(), "[]", "[]", "", null));
        }
        StoreSegments.StoredRun run = latest.get();
        List<SegmentationRuns.Member> members = app.segments.members(run.run().id());
        return new Dashboard.View(
                "segments.jte",
                new Pages.Segments(
                        frame,
                        run.run(),
                        cards(run, members),
                        Format.scriptJson(mapPoints(members)),
                        Format.scriptJson(run.segments()),
                        String.valueOf(run.summary().getOrDefault("method", "")),
                        kChoice(run.summary().get("kChoice"))));
    }

    /** The stored k choice for the page; null when the run predates it. */
    private static Pages.@Nullable KChoiceView kChoice(@Nullable Object stored) {
        if (!(stored instanceof Map<?, ?> choice)) {
            return null;
        }
        List<Pages.KRow> rows = new ArrayList<>();
        if (choice.get("perK") instanceof List<?> perK) {
            for (Object point : perK) {
                Map<?, ?> p = (Map<?, ?>) point;
                // every k tried has its k and inertia; its silhouette is null where it is undefined
                rows.add(new Pages.KRow(
                        ((Number) Objects.requireNonNull(p.get("k"), "k")).intValue(),
                        p.get("silhouette") instanceof Number s
                                ? String.format(Locale.ROOT, "%.3f", s.doubleValue())
                                : "–",
                        String.format(
                                Locale.ROOT,
                                "%,.0f",
                                ((Number) Objects.requireNonNull(p.get("inertia"), "inertia")).doubleValue()),
                        String.valueOf(p.get("note") == null ? "" : p.get("note"))));
            }
        }
        return new Pages.KChoiceView(
                String.valueOf(choice.get("explanation")), String.valueOf(choice.get("rule")), rows);
    }

    /** Each segment's persona with the predicted churn risk and value of its members. */
    private List<Pages.SegmentCard> cards(StoreSegments.StoredRun run, List<SegmentationRuns.Member> members) {
        Map<Integer, double[]> outlook = new HashMap<>();
        var outlooks = app.predictions.model().latest().map(s -> s.outlooks()).orElse(Map.of());
        for (SegmentationRuns.Member m : members) {
            var o = outlooks.get(m.customerId());
            if (o != null) {
                double[] acc = outlook.computeIfAbsent(m.segment(), s -> new double[3]);
                acc[0] += 1 - o.pAlive();
                acc[1] += o.clv();
                acc[2]++;
            }
        }
        List<Pages.SegmentCard> cards = new ArrayList<>();
        for (Map<String, Object> s : run.segments()) {
            int id = StoreSegments.StoredRun.segmentNumber(s);
            double[] acc = outlook.getOrDefault(id, new double[3]);
            cards.add(new Pages.SegmentCard(
                    id,
                    String.valueOf(s.get("name")),
                    String.valueOf(s.get("description")),
                    StoreSegments.StoredRun.segmentFigure(s, "size").intValue(),
                    StoreSegments.StoredRun.segmentFigure(s, "share").doubleValue(),
                    StoreSegments.StoredRun.segmentFigure(s, "revenueShare").doubleValue(),
                    traits(s),
                    strings(s.get("topCategories")),
                    strings(s.get("topProducts")),
                    strings(s.get("angles")),
                    acc[2] == 0 ? null : acc[0] / acc[2],
                    acc[2] == 0 ? null : acc[1] / acc[2]));
        }
        return cards;
    }

    private static List<String> traits(Map<String, Object> s) {
        List<String> out = new ArrayList<>();
        if (s.get("traits") instanceof List<?> list) {
            for (Object t : list) {
                if (t instanceof Map<?, ?> m && m.get("text") != null) {
                    out.add(String.valueOf(m.get("text")));
                }
            }
        }
        return out;
    }

    private static List<String> strings(@Nullable Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** At most {@value #MAP_POINTS} points, an even sample, so the map stays quick with many customers. */
    private static List<Map<String, Object>> mapPoints(List<SegmentationRuns.Member> members) {
        int step = Math.max(1, members.size() / MAP_POINTS);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < members.size(); i += step) {
            var m = members.get(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", m.customerId());
            p.put("segment", m.segment());
            p.put("x", Math.round(m.x() * 1000) / 1000.0);
            p.put("y", Math.round(m.y() * 1000) / 1000.0);
            points.add(p);
        }
        return points;
    }

    /** One segment's members with their contact fields, for an e-mail tool. */
    private void csv(Context ctx) {
        long runId;
        int segment;
        try {
            runId = Long.parseLong(ctx.pathParam("run"));
            segment = Integer.parseInt(ctx.pathParam("segment"));
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("Use /segments/RUN/SEGMENT.csv with numbers");
        }
        var run = app.segments
                .find(runId)
                .orElseThrow(() -> MarketPilotException.notFound("Segmentation run", String.valueOf(runId)));
        List<List<Object>> rows = new ArrayList<>();
        for (SegmentationRuns.Member m : app.segments.members(runId)) {
            if (m.segment() != segment) {
                continue;
            }
            var c = app.customers.find(m.customerId());
            rows.add(Arrays.asList(
                    m.customerId(),
                    c.map(x -> x.email()).orElse(null),
                    c.map(x -> x.country()).orElse(null),
                    m.segment(),
                    run.segmentName(m.segment()),
                    Math.round(m.distance() * 10_000) / 10_000.0));
        }
        String csv = CsvDownload.of(List.of("customer_id", "email", "country", "segment", "persona", "distance"), rows);
        ctx.header("Content-Disposition", "attachment; filename=\"segment-" + runId + "-" + segment + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }
}
