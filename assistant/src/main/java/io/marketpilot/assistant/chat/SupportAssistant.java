package io.marketpilot.assistant.chat;

import io.marketpilot.assistant.kb.KnowledgeBase;
import io.marketpilot.assistant.kb.Passage;
import io.marketpilot.assistant.kb.SearchMode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationRepository;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The support assistant: takes a customer's message in a conversation, records it with its intent and sentiment,
 * and answers from the knowledge base, refuses, says it does not know, or hands the conversation to a human agent;
 * agents reply through {@link #agentReply}. Each conversation only ever reads its own turns.
 */
public final class SupportAssistant {
    /** Longest customer message accepted. */
    public static final int MAX_MESSAGE = 2_000;
    /**
     * Cosine similarity (bge-small) between question and best passage below which the assistant says it does not
     * know. Chosen on the test knowledge base: on-topic questions score 0.70–0.83, off-topic ones 0.33–0.59 (SupportAssistantTest).
     */
    public static final double MIN_SIMILARITY = 0.66;
    /** Passages retrieved per question. */
    static final int RETRIEVED = 5;

    private final ConversationRepository conversations;
    private final KnowledgeBase kb;
    private final GroundedAnswerer answerer;
    private final SentimentReader sentiment;
    private final ProductSuggester products;
    private final Clock clock;
    private final HandOffs handOffs;
    private final IntentSource intents;
    private final EscalationPolicy escalation = new EscalationPolicy();
    private final SecureRandom random = new SecureRandom();

    public SupportAssistant(
            ConversationRepository conversations,
            KnowledgeBase kb,
            GroundedAnswerer answerer,
            SentimentReader sentiment,
            ProductSuggester products,
            Clock clock) {
        this(conversations, kb, answerer, sentiment, products, clock, HandOffs.NONE, new IntentDetector());
    }

    /**
     * The assistant that tells {@code handOffs} of each conversation it hands to a person.
     *
     * @param handOffs hears each hand-off
     * @param intents reads each customer turn's intent
     */
    public SupportAssistant(
            ConversationRepository conversations,
            KnowledgeBase kb,
            GroundedAnswerer answerer,
            SentimentReader sentiment,
            ProductSuggester products,
            Clock clock,
            HandOffs handOffs,
            IntentSource intents) {
        this.conversations = conversations;
        this.kb = kb;
        this.answerer = answerer;
        this.sentiment = sentiment;
        this.products = products;
        this.clock = clock;
        this.handOffs = handOffs;
        this.intents = intents;
    }

    /** Opens an anonymous conversation with an unguessable id (128 random bits). */
    public Conversation start(String channel) {
        return start(channel, Optional.empty());
    }

    /**
     * Opens a conversation with an unguessable id (128 random bits), tied to the customer when the caller knows who
     * it is with (the caller checks that the customer exists).
     */
    public Conversation start(String channel, Optional<String> customerId) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        LocalDateTime now = LocalDateTime.now(clock);
        Conversation c = new Conversation(
                HexFormat.of().formatHex(id), ConversationStatus.OPEN, channel, "und", "", now, now, customerId);
        conversations.create(c);
        return c;
    }

    public Conversation conversation(String id) {
        return conversations.find(id).orElseThrow(() -> MarketPilotException.notFound("Conversation", id));
    }

    public Reply ask(String conversationId, String message) {
        String text = message == null ? "" : message.strip();
        if (TextRules.isBlank(text)) {
            throw MarketPilotException.invalid("The message is empty: it has no visible text");
        }
        TextRules.requireFits("text", text, MAX_MESSAGE);
        Conversation conversation = conversation(conversationId);
        List<Turn> history = conversations.turns(conversationId);
        Intent intent = intents.detect(text);
        SentimentReader.Reading mood = sentiment.read(text);
        Turn question = conversations.append(turn(
                conversationId, Speaker.CUSTOMER, text, intent.wireName(), mood.score(), "", List.of(), mood.model()));
        if (conversation.status() == ConversationStatus.HANDOFF) {
            return new Reply(conversation, question, Optional.empty(), List.of());
        }
        if (conversation.status() == ConversationStatus.CLOSED) {
            conversations.updateStatus(conversationId, ConversationStatus.OPEN, "");
        }
        String language = kb.language(text);
        List<ProductSuggester.ProductSuggestion> suggestions = List.of();
        Answer answer;
        Optional<String> handOff = escalation.beforeAnswer(intent, mood);
        if (Guardrails.asksForInstructions(text)) {
            answer = new Answer(Guardrails.refusal(language), Answer.REFUSED, List.of(), "guardrail");
        } else if (handOff.isPresent()) {
            answer = handOff(conversationId, handOff.get(), language);
        } else {
            answer = grounded(conversationId, text, language, history);
            if (intent == Intent.PURCHASE) {
                suggestions = products.suggest(text, 3);
                answer = withSuggestions(answer, suggestions, language);
            }
            if (answer.outcome().equals(Answer.NOT_FOUND)) {
                Optional<String> failing = escalation.afterUnanswered(history);
                answer = failing.isPresent()
                        ? handOff(conversationId, failing.get(), language)
                        : new Answer(dontKnow(language), Answer.NOT_FOUND, List.of(), answer.model());
            }
        }
        Turn reply = conversations.append(turn(
                conversationId,
                Speaker.ASSISTANT,
                answer.text(),
                "",
                0,
                answer.outcome(),
                answer.citations(),
                answer.model()));
        return new Reply(conversation(conversationId), question, Optional.of(reply), suggestions);
    }

    /** The customer asked for a person (the widget's button). */
    public Conversation requestHuman(String conversationId) {
        Conversation c = conversation(conversationId);
        if (c.status() != ConversationStatus.HANDOFF) {
            Answer a = handOff(conversationId, "explicit request", c.language());
            conversations.append(
                    turn(conversationId, Speaker.ASSISTANT, a.text(), "", 0, a.outcome(), List.of(), a.model()));
        }
        return conversation(conversationId);
    }

    /** An agent's reply, shown to the customer; the conversation stays with the agent until closed. */
    public Turn agentReply(String conversationId, String agent, String message) {
        String text = message == null ? "" : message.strip();
        if (TextRules.isBlank(text)) {
            throw MarketPilotException.invalid("The reply is empty: it has no visible text");
        }
        TextRules.requireFits("text", text, FieldLimits.TURN_TEXT);
        Conversation c = conversation(conversationId);
        if (c.status() != ConversationStatus.HANDOFF) {
            conversations.updateStatus(conversationId, ConversationStatus.HANDOFF, "agent joined");
        }
        return conversations.append(turn(conversationId, Speaker.AGENT, text, "", 0, "agent", List.of(), agent));
    }

    /** An agent closes the conversation; a later customer message reopens it with the assistant. */
    public void close(String conversationId) {
        conversation(conversationId);
        conversations.updateStatus(conversationId, ConversationStatus.CLOSED, "");
    }

    public List<Turn> transcript(String conversationId, int afterSeq) {
        conversation(conversationId);
        return conversations.turnsAfter(conversationId, afterSeq);
    }

    private Answer grounded(String conversationId, String text, String language, List<Turn> history) {
        List<Passage> passages = confident(kb.search(text, RETRIEVED, SearchMode.HYBRID));
        if (passages.isEmpty()) {
            // A short follow-up ("and to Canada?") is read together with the customer's previous message.
            Optional<Turn> previous = history.reversed().stream()
                    .filter(t -> t.speaker() == Speaker.CUSTOMER)
                    .findFirst();
            if (previous.isPresent() && text.length() < 60) {
                passages = confident(kb.search(previous.get().text() + " " + text, RETRIEVED, SearchMode.HYBRID));
            }
        }
        String extractiveModel = kb.embeddingModel(language);
        if (passages.isEmpty()) {
            return new Answer("", Answer.NOT_FOUND, List.of(), "retrieval/" + extractiveModel);
        }
        return answerer.answer(
                text, language, passages, history, "support:" + conversationId.substring(0, 8), extractiveModel);
    }

    private static List<Passage> confident(List<Passage> passages) {
        if (passages.isEmpty() || passages.getFirst().similarity() < MIN_SIMILARITY) {
            return List.of();
        }
        return passages;
    }

    private Answer handOff(String conversationId, String reason, String language) {
        conversations.updateStatus(conversationId, ConversationStatus.HANDOFF, reason);
        handOffs.handedOff(conversation(conversationId), reason);
        String text = language.equals("zh")
                ? "我已将对话转给人工客服，他们会在这里回复您。"
                : "I've passed this conversation to a colleague from our support team; they will reply here shortly.";
        return new Answer(text, Answer.HANDOFF, List.of(), "escalation-policy");
    }

    private static Answer withSuggestions(
            Answer answer, List<ProductSuggester.ProductSuggestion> suggestions, String language) {
        if (suggestions.isEmpty()) {
            return answer;
        }
        StringBuilder text = new StringBuilder(answer.grounded() ? answer.text() + "\n\n" : "");
        text.append(language.equals("zh") ? "您可能喜欢：" : "You might like:");
        List<String> citations = new ArrayList<>(answer.citations());
        for (var s : suggestions) {
            text.append("\n• ").append(s.name()).append(" (").append(s.reason()).append(')');
        }
        String outcome = answer.grounded() ? answer.outcome() : Answer.ANSWERED;
        return new Answer(text.toString(), outcome, citations, answer.model());
    }

    private static String dontKnow(String language) {
        return language.equals("zh")
                ? "抱歉，我在帮助文档中没有找到答案。需要我为您转接人工客服吗？"
                : "I'm sorry, I don't know the answer to that and couldn't find it in our help pages."
                        + " Would you like me to pass you to a colleague?";
    }

    private Turn turn(
            String conversationId,
            Speaker speaker,
            String text,
            String intent,
            double sentiment,
            String outcome,
            List<String> citations,
            String model) {
        return new Turn(
                conversationId,
                0,
                speaker,
                text,
                intent,
                sentiment,
                outcome,
                citations,
                model,
                LocalDateTime.now(clock));
    }
}
