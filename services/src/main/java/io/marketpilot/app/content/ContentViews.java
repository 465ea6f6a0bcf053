package io.marketpilot.app.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.content.Variant;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.ContentItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stored content as the CLI, API and dashboard show it: one flat map per item with its fields, scores and flags. */
public final class ContentViews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentViews() {}

    public static Map<String, Object> view(ContentItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> evaluation = object(i.evaluation());
        m.put("id", i.id());
        m.put("batchId", i.batchId());
        m.put("createdAt", i.createdAt().toString());
        m.put("channel", i.target().channel());
        m.put("language", i.target().language());
        m.put("segment", i.target().segment());
        m.put("customerId", i.target().customerId());
        m.put("productId", i.target().productId());
        m.put("goal", i.target().goal());
        m.put("tone", i.target().tone());
        m.put("angle", i.angle());
        m.put("fields", object(i.fields()));
        m.put("scores", evaluation.getOrDefault("scores", Map.of()));
        m.put("findings", evaluation.getOrDefault("findings", List.of()));
        m.put("provider", i.provenance().provider());
        m.put("model", i.provenance().model());
        m.put("note", i.provenance().note());
        m.put("status", i.review().status().wireName());
        m.put("reviewer", i.review().reviewer());
        m.put("comment", i.review().comment());
        m.put(
                "reviewedAt",
                i.review().reviewedAt() == null ? null : i.review().reviewedAt().toString());
        m.put("usedIn", i.review().usedIn());
        m.put("won", i.review().won());
        return m;
    }

    /** The stored evaluation of a variant: scores, findings and the network its limits were checked for. */
    static String evaluation(Map<String, Object> scores, List<Finding> findings, String network) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scores", scores);
        m.put("findings", findings.stream().map(ContentViews::finding).toList());
        m.put("network", network);
        return json(m);
    }

    static String evaluation(Variant v, String network) {
        return evaluation(v.scores(), v.findings(), network);
    }

    static Map<String, Object> finding(Finding f) {
        return Map.of("rule", f.rule(), "severity", f.severity(), "message", f.message());
    }

    /** True when the stored evaluation has a finding that blocks approval. */
    @SuppressWarnings("unchecked")
    static boolean blocked(ContentItem i) {
        Object findings = object(i.evaluation()).getOrDefault("findings", List.of());
        return ((List<Map<String, Object>>) findings).stream().anyMatch(f -> Finding.ERROR.equals(f.get("severity")));
    }

    static Map<String, Object> object(String json) {
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(ErrorCode.INTERNAL, "A stored content item is unreadable");
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
