package io.marketpilot.core.support;

import java.util.List;
import java.util.Optional;

/** Stores support conversations and their turns. */
public interface ConversationRepository {

    /** Stores a new conversation. */
    void create(Conversation conversation);

    Optional<Conversation> find(String id);

    /** Appends a turn; its {@code seq} is assigned here (one more than the conversation's last) and returned. */
    Turn append(Turn turn);

    /** All turns of a conversation in order. */
    List<Turn> turns(String conversationId);

    /** The turns after {@code seq}, in order (what a widget has not seen yet). */
    List<Turn> turnsAfter(String conversationId, int seq);

    /** Moves a conversation to {@code status}; {@code reason} is kept when it is handed off. */
    void updateStatus(String conversationId, ConversationStatus status, String reason);

    /** The most recently active conversations, newest first, optionally only those in one status. */
    List<Conversation> recent(Optional<ConversationStatus> status, int limit);

    /** Customer questions the assistant could not answer from the knowledge base, newest first. */
    List<Turn> unanswered(int limit);

    /**
     * Ties a conversation to the customer it is with (an agent learned who it is); not found when there is no such
     * conversation.
     */
    void tieToCustomer(String conversationId, String customerId);

    /** The conversations handed to a person and not closed yet that are tied to a customer, oldest first. */
    List<Conversation> openEscalationsWithCustomer();

    /** Conversations per status. */
    java.util.Map<ConversationStatus, Long> countByStatus();
}
