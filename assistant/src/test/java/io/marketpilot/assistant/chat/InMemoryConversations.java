package io.marketpilot.assistant.chat;

import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationRepository;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository port in memory, for the assistant's unit tests (the JDBC one has its own contract tests). */
final class InMemoryConversations implements ConversationRepository {
    private final Map<String, Conversation> conversations = new LinkedHashMap<>();
    private final Map<String, List<Turn>> turns = new LinkedHashMap<>();

    @Override
    public synchronized void create(Conversation c) {
        conversations.put(c.id(), c);
        turns.put(c.id(), new ArrayList<>());
    }

    @Override
    public synchronized Optional<Conversation> find(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public synchronized Turn append(Turn t) {
        List<Turn> list = turns.get(t.conversationId());
        Turn stored = new Turn(
                t.conversationId(),
                list.size() + 1,
                t.speaker(),
                t.text(),
                t.intent(),
                t.sentiment(),
                t.outcome(),
                t.citations(),
                t.model(),
                t.at());
        list.add(stored);
        return stored;
    }

    @Override
    public synchronized List<Turn> turns(String id) {
        return List.copyOf(turns.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Turn> turnsAfter(String id, int seq) {
        return turns(id).stream().filter(t -> t.seq() > seq).toList();
    }

    @Override
    public synchronized void updateStatus(String id, ConversationStatus status, String reason) {
        Conversation c = conversations.get(id);
        conversations.put(
                id,
                new Conversation(
                        c.id(),
                        status,
                        c.channel(),
                        c.language(),
                        reason,
                        c.createdAt(),
                        LocalDateTime.now(ZoneOffset.UTC),
                        c.customerId()));
    }

    @Override
    public synchronized void tieToCustomer(String id, String customerId) {
        Conversation c = conversations.get(id);
        conversations.put(
                id,
                new Conversation(
                        c.id(),
                        c.status(),
                        c.channel(),
                        c.language(),
                        c.handoffReason(),
                        c.createdAt(),
                        c.updatedAt(),
                        Optional.of(customerId)));
    }

    @Override
    public synchronized List<Conversation> openEscalationsWithCustomer() {
        return conversations.values().stream()
                .filter(c -> c.status() == ConversationStatus.HANDOFF
                        && c.customerId().isPresent())
                .toList();
    }

    @Override
    public synchronized List<Conversation> recent(Optional<ConversationStatus> status, int limit) {
        return conversations.values().stream()
                .filter(c -> status.isEmpty() || c.status() == status.get())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Turn> unanswered(int limit) {
        List<Turn> out = new ArrayList<>();
        for (List<Turn> list : turns.values()) {
            for (int i = 0; i + 1 < list.size(); i++) {
                if (list.get(i).speaker() == Speaker.CUSTOMER
                        && list.get(i + 1).outcome().equals("not_found")) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized Map<ConversationStatus, Long> countByStatus() {
        Map<ConversationStatus, Long> out = new EnumMap<>(ConversationStatus.class);
        conversations.values().forEach(c -> out.merge(c.status(), 1L, Long::sum));
        return out;
    }
}
