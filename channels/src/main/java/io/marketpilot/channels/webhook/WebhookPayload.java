package io.marketpilot.channels.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.util.Optional;

/**
 * The JSON body a webhook receives: one object per message, absent parts left out.
 *
 * <pre>{@code
 * {"key": "spring:C-1", "channel": "sms", "recipient": "+447700900123", "subject": "…", "text": "…", "html": "…",
 *  "unsubscribe": {"url": "https://…", "mailto": "mailto:…", "oneClick": true},
 *  "headers": {"Reply-To": "…"},
 *  "metadata": {"campaignId": "spring", "customerId": "C-1", "contentId": "42", "variant": "B"}}
 * }</pre>
 */
final class WebhookPayload {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookPayload() {}

    static String json(OutgoingMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("key", message.key());
        root.put("channel", message.channel());
        root.put("recipient", message.recipient());
        message.subject().ifPresent(s -> root.put("subject", s));
        root.put("text", message.text());
        message.html().ifPresent(h -> root.put("html", h));
        message.unsubscribe().ifPresent(u -> {
            ObjectNode links = root.putObject("unsubscribe");
            links.put("url", u.web().toASCIIString());
            u.mail().ifPresent(m -> links.put("mailto", m.toASCIIString()));
            links.put("oneClick", u.oneClick());
        });
        ObjectNode headers = root.putObject("headers");
        message.headers().forEach(headers::put);
        MessageMetadata metadata = message.metadata();
        ObjectNode meta = root.putObject("metadata");
        putIfPresent(meta, "campaignId", metadata.campaignId());
        putIfPresent(meta, "customerId", metadata.customerId());
        putIfPresent(meta, "contentId", metadata.contentId());
        putIfPresent(meta, "variant", metadata.variant());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** The receiver's id for the message: a non-blank string {@code id} in a JSON object answer. */
    static Optional<String> receiverId(String answer) {
        try {
            var node = JSON.readTree(answer);
            var id = node == null ? null : node.get("id");
            if (id == null
                    || !id.isTextual()
                    || id.asText().isBlank()
                    || id.asText().length() > 200) {
                return Optional.empty();
            }
            return Optional.of(id.asText());
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an answer that is not JSON still accepted the message
        }
    }

    private static void putIfPresent(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(v -> node.put(name, v));
    }
}
