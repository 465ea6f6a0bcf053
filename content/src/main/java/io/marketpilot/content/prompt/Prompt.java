package io.marketpilot.content.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** A rendered prompt: the system and the user message, stored with every text for few-shot and training use. */
public record Prompt(String system, String user) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(Map.of("system", system, "user", user));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored prompt; a prompt stored as plain text becomes the user message. */
    public static Prompt fromJson(String stored) {
        try {
            JsonNode n = JSON.readTree(stored);
            if (n != null && n.isObject()) {
                return new Prompt(n.path("system").asText(""), n.path("user").asText(""));
            }
        } catch (JsonProcessingException e) {
            // not JSON: an older or hand-written prompt
        }
        return new Prompt("", stored == null ? "" : stored);
    }
}
