package io.marketpilot.channels.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON body of one event posted to a webhook subscription:
 *
 * <pre>{@code
 * {"id": "message.sent:spring/C-1", "type": "message.sent", "createdAt": "2026-03-02T09:00:00Z",
 *  "data": {"campaignId": "spring", "customerId": "C-1"}}
 * }</pre>
 *
 * The id is the same in every copy of the event (each subscription, each attempt, each replay), so a receiver drops
 * one it has taken already.
 */
public final class WebhookEventBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookEventBody() {}

    /** The body for the event; {@code data} holds strings, numbers, booleans, and lists and maps of them. */
    public static String json(String eventId, String type, Instant createdAt, Map<String, ?> data) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", eventId);
        root.put("type", type);
        root.put("createdAt", createdAt.toString());
        root.set("data", JSON.valueToTree(data));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
