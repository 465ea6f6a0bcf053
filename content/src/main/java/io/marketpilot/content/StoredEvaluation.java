package io.marketpilot.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variant's evaluation as a content item keeps it (its {@code evaluation} JSON): the scores, the guardrail
 * findings, and the social network its limits were checked for, so that an edit is checked against the same one.
 */
public record StoredEvaluation(Map<String, Object> scores, List<Finding> findings, String network) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredEvaluation {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        findings = List.copyOf(findings);
    }

    /** True when a finding blocks approval until the text is edited. */
    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    /** Each finding as the doors show it: rule, severity and message. */
    public List<Map<String, Object>> findingViews() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity());
            m.put("message", f.message());
            out.add(m);
        }
        return out;
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scores", scores);
        m.put("findings", findingViews());
        m.put("network", network);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores are numbers and text", e);
        }
    }

    /**
     * Reads a stored evaluation; missing parts read as no scores, no findings and the default network (X).
     *
     * @throws MarketPilotException (internal) when it is not a JSON object
     */
    public static StoredEvaluation fromJson(String stored) {
        JsonNode root;
        try {
            root = JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw unreadable();
        }
        if (root == null || !root.isObject()) {
            throw unreadable();
        }
        Map<String, Object> scores = root.path("scores").isObject()
                ? JSON.convertValue(root.get("scores"), new TypeReference<LinkedHashMap<String, Object>>() {})
                : Map.of();
        List<Finding> findings = new ArrayList<>();
        root.path("findings")
                .forEach(f -> findings.add(new Finding(
                        f.path("rule").asText(),
                        f.path("severity").asText(),
                        f.path("message").asText())));
        return new StoredEvaluation(scores, findings, root.path("network").asText(SocialNetwork.X.wireName()));
    }

    private static MarketPilotException unreadable() {
        return new MarketPilotException(ErrorCode.INTERNAL, "A stored content item is unreadable");
    }
}
