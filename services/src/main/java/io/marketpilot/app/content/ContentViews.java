package io.marketpilot.app.content;

import io.marketpilot.content.StoredEvaluation;
import io.marketpilot.content.write.CopyParser;
import io.marketpilot.core.content.ContentItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stored content as the CLI, API and dashboard show it: one flat map per item with its fields, scores and flags. */
public final class ContentViews {
    private ContentViews() {}

    public static Map<String, Object> view(ContentItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        StoredEvaluation evaluation = evaluation(i);
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
        m.put("fields", fields(i));
        m.put("scores", evaluation.scores());
        m.put("findings", evaluation.findingViews());
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

    /** The item's fields by name as its channel stores them: texts, and lists of texts for list fields. */
    public static Map<String, Object> fields(ContentItem i) {
        return CopyParser.storedFields(i.fields());
    }

    /** The item's scores and guardrail findings, as they were stored with it. */
    public static StoredEvaluation evaluation(ContentItem i) {
        return StoredEvaluation.fromJson(i.evaluation());
    }
}
