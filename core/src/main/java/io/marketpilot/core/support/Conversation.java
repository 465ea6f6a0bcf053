package io.marketpilot.core.support;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One support conversation. Its id is an unguessable token handed only to the client that opened it, so holding
 * the id is what entitles a widget to read and continue the conversation.
 *
 * @param status {@link ConversationStatus#OPEN} while the assistant answers, {@link ConversationStatus#HANDOFF}
 *     once it waits for (or is with) a human agent, {@link ConversationStatus#CLOSED} when an agent closed it
 * @param channel where it started: {@code widget}, {@code cli}, {@code api}
 * @param handoffReason why it was handed to a human, empty while it was not
 * @param customerId the customer it is with, when whoever opened it knew (an agent, the CLI); widget visitors are
 *     anonymous
 */
public record Conversation(
        String id,
        ConversationStatus status,
        String channel,
        String language,
        String handoffReason,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        Optional<String> customerId) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(handoffReason, "handoffReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(customerId, "customerId");
    }

    /** An anonymous conversation, tied to no customer. */
    public Conversation(
            String id,
            ConversationStatus status,
            String channel,
            String language,
            String handoffReason,
            LocalDateTime createdAt,
            LocalDateTime updatedAt) {
        this(id, status, channel, language, handoffReason, createdAt, updatedAt, Optional.empty());
    }
}
