package io.marketpilot.app.support;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.assistant.chat.HandOffs;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.webhook.WebhookEventType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Announces each conversation the assistant hands to a person as {@code conversation.escalated}. The conversation's
 * id is what entitles a widget to read it, so the event carries a reference derived from it (SHA-256, not
 * reversible) instead, with the customer's id when the conversation is tied to one, the channel, language and the
 * policy's reason: never a message's text.
 */
final class EscalationAnnouncer implements HandOffs {
    private final WebhookEvents webhooks;
    private final Clock clock;

    EscalationAnnouncer(WebhookEvents webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public void handedOff(Conversation conversation, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationRef", reference(conversation.id()));
        conversation.customerId().ifPresent(id -> data.put("customerId", id));
        data.put("channel", conversation.channel());
        data.put("language", conversation.language());
        data.put("reason", reason);
        data.put("escalatedAt", clock.instant().toString());
        // a conversation may be handed off again after it was closed and reopened: each is its own event
        webhooks.publish(WebhookEventType.CONVERSATION_ESCALATED, data);
    }

    /** The same conversation always has the same reference; the reference does not give its id back. */
    static String reference(String conversationId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(conversationId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
