package io.marketpilot.content.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * This prompt and its answer as one line of chat-format fine-tuning data (the OpenAI layout, which most trainers
     * read): {@code {"messages": [system, user, assistant]}}.
     */
    public String chatExample(String answer) {
        List<Map<String, String>> messages =
                List.of(message("system", system), message("user", user), message("assistant", answer));
        try {
            return JSON.writeValueAsString(Map.of("messages", messages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> message(String role, String content) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("content", content);
        return m;
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
