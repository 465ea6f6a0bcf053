package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.profiling.persona.LlmPersonaWriter;
import io.marketpilot.profiling.persona.Persona;
import io.marketpilot.profiling.persona.PersonaWriter;
import io.marketpilot.profiling.persona.RuleBasedPersonaWriter;
import io.marketpilot.profiling.segmentation.Assignment;
import io.marketpilot.profiling.segmentation.KChoice;
import io.marketpilot.profiling.segmentation.KScore;
import io.marketpilot.profiling.segmentation.SegmentSummary;
import io.marketpilot.profiling.segmentation.SegmentationRequest;
import io.marketpilot.profiling.segmentation.SegmentationResult;
import io.marketpilot.profiling.segmentation.SegmentationService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Runs segmentation on given data and turns results into rows and JSON-ready maps. */
public final class Segmentations {
    public static final int DEFAULT_K_MAX = 10;
    public static final int DEFAULT_RESTARTS = 10;

    private Segmentations() {}

    /**
     * The request of {@code --k auto|N --seed S --as-of DATE}; k null means auto, and as-of defaults to the day after
     * the last order (today, in the server's own time zone, when there is none).
     */
    public static SegmentationRequest request(
            @Nullable String k, long seed, Optional<LocalDate> asOf, List<Order> orders) {
        LocalDate date = asOf.orElseGet(() -> orders.stream()
                .map(o -> o.orderedAt().toLocalDate().plusDays(1))
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now(ZoneId.systemDefault())));
        OptionalInt fixed = parseK(k);
        return new SegmentationRequest(date, fixed, DEFAULT_K_MAX, seed, DEFAULT_RESTARTS);
    }

    static OptionalInt parseK(@Nullable String k) {
        if (k == null || k.equalsIgnoreCase("auto")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(k.strip()));
        } catch (NumberFormatException e) {
            throw io.marketpilot.core.MarketPilotException.invalid(
                    "--k must be auto or a whole number, not '" + k + "'");
        }
    }

    public static SegmentationResult run(
            List<Customer> customers,
            List<Order> orders,
            List<Product> products,
            List<Event> events,
            Optional<Map<String, Double>> sentiment,
            SegmentationRequest request) {
        return run(customers, orders, products, events, sentiment, request, new RuleBasedPersonaWriter());
    }

    public static SegmentationResult run(
            List<Customer> customers,
            List<Order> orders,
            List<Product> products,
            List<Event> events,
            Optional<Map<String, Double>> sentiment,
            SegmentationRequest request,
            PersonaWriter personaWriter) {
        SegmentChurnRisk churn = SegmentChurnRisk.asOf(orders, request.asOf());
        SegmentationResult r = UserInput.check(() -> SegmentationService.withPersonaWriter(personaWriter)
                .segment(customers, orders, products, events, sentiment, churn.perCustomer(), request));
        return new SegmentationResult(
                r.snapshot(),
                r.k(),
                r.silhouette(),
                r.inertia(),
                r.elbow(),
                r.kChoice(),
                r.assignments(),
                r.segments(),
                r.seed(),
                r.method() + "; " + churn.provenance());
    }

    /**
     * The persona writer for a language model: its narratives when one is configured, the rules' descriptions when
     * the model is the offline stand-in (a new writer per run, since it records what each run's model wrote).
     */
    public static PersonaWriter personaWriter(LanguageModel model, String actor) {
        return model.offline() ? new RuleBasedPersonaWriter() : new LlmPersonaWriter(model, actor);
    }

    /** The silhouette, or null (JSON's null) when the run has none. */
    public static @Nullable Double silhouette(SegmentationResult r) {
        OptionalDouble s = r.silhouette();
        return s.isPresent() ? s.getAsDouble() : null;
    }

    /** Everything but the per-customer assignments, as stored with a run and returned by the API. */
    public static Map<String, Object> summary(SegmentationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", r.snapshot().asOf().toString());
        m.put("featureVersion", r.snapshot().definitionVersion());
        m.put("features", r.snapshot().clusterColumns());
        m.put("customers", r.snapshot().customers());
        m.put("excludedCustomers", r.snapshot().excludedCustomers());
        m.put("transform", r.snapshot().transform());
        m.put("method", r.method());
        m.put("segments", r.segments().stream().map(Segmentations::segment).toList());
        m.put("elbow", r.elbow().stream().map(Segmentations::elbowPoint).toList());
        m.put("kChoice", kChoice(r.kChoice()));
        m.put("seed", r.seed());
        m.put("k", r.k());
        m.put("silhouette", silhouette(r));
        m.put("inertia", r.inertia());
        return m;
    }

    static Map<String, Object> segment(SegmentSummary s) {
        Persona p = s.persona();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("segment", s.segmentId());
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("size", s.size());
        m.put("share", p.share());
        m.put("revenueShare", p.revenueShare());
        m.put("traits", p.traits());
        m.put("topCategories", p.topCategories());
        m.put("topProducts", p.topProducts());
        m.put("angles", p.angles());
        m.put(
                "typicalSentiment",
                p.typicalSentiment().isPresent() ? p.typicalSentiment().getAsDouble() : null);
        m.put("centroid", s.centroid());
        return m;
    }

    /** How k was chosen: verdict, the rule, per-k scores, the elbow, the noise baseline and the sentence. */
    static Map<String, Object> kChoice(KChoice c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT));
        m.put("k", c.k());
        m.put("explanation", c.explanation());
        m.put("rule", c.rule());
        m.put("clearestK", c.clearestK().isPresent() ? c.clearestK().getAsInt() : null);
        m.put("elbowK", c.elbowK().isPresent() ? c.elbowK().getAsInt() : null);
        m.put(
                "uniformNoiseSilhouette",
                c.uniformSilhouette().isPresent() ? c.uniformSilhouette().getAsDouble() : null);
        List<Map<String, Object>> perK = new ArrayList<>();
        for (KScore score : c.scores()) {
            Map<String, Object> point = elbowPoint(score);
            point.put("note", note(c, score.k()));
            perK.add(point);
        }
        m.put("perK", perK);
        return m;
    }

    /** What a k is in the choice: chosen, the highest silhouette, the elbow (any of them), or nothing. */
    private static String note(KChoice c, int k) {
        List<String> notes = new ArrayList<>();
        if (k == c.k()) {
            notes.add("chosen");
        }
        if (c.clearestK().isPresent() && c.clearestK().getAsInt() == k) {
            notes.add("highest silhouette");
        }
        if (c.elbowK().isPresent() && c.elbowK().getAsInt() == k) {
            notes.add("elbow");
        }
        return String.join(", ", notes);
    }

    private static Map<String, Object> elbowPoint(KScore k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", k.k());
        m.put("inertia", k.inertia());
        m.put("silhouette", k.silhouette().isPresent() ? k.silhouette().getAsDouble() : null);
        return m;
    }

    /** One row per customer: {@code customer_id, segment, distance} and the persona name. */
    public static List<Map<String, Object>> assignmentRows(SegmentationResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assignment a : r.assignments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customer_id", a.customerId());
            row.put("segment", a.segment());
            row.put("distance", a.distance());
            row.put("persona", r.segments().get(a.segment()).persona().name());
            rows.add(row);
        }
        return rows;
    }

    /** One row per segment: size, share, revenue share, persona name and the centroid in original units. */
    public static List<Map<String, Object>> segmentRows(SegmentationResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SegmentSummary s : r.segments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("segment", s.segmentId());
            row.put("persona", s.persona().name());
            row.put("size", s.size());
            row.put("share", s.persona().share());
            row.put("revenue_share", s.persona().revenueShare());
            s.centroid().forEach((k, v) -> row.put(k, v));
            rows.add(row);
        }
        return rows;
    }
}
