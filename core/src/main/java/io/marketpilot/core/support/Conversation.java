package io.marketpilot.core.support;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One support conversation. Its id is an unguessable token handed only to the client that opened it, so holding
 * the id is what entitles a widget to read and continue the conversation.
 *
 * @param status {@link ConversationStatus#OPEN} while the assistant answers, {@link ConversationStatus#HANDOFF}
 *     once it waits for (or is with) a human agent, {@link ConversationStatus#CLOSED} when an agent closed it
 * @param channel where it started: {@code widget}, {@code cli}, {@code api}
 * @param handoffReason why it was handed to a human, empty while it was not
 */
public record Conversation(
        String id,
        ConversationStatus status,
        String channel,
        String language,
        String handoffReason,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(handoffReason, "handoffReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
