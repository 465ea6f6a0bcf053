package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.assistant.chat.SupportAssistant;
import io.marketpilot.core.input.FieldLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the chat (widget) and support (agent) endpoints. */
final class SupportSchemas {
    private SupportSchemas() {}

    private static Map<String, Object> array(Object items) {
        return Map.of("type", "array", "items", items);
    }

    private static final Map<String, Object> INT = Map.of("type", "integer");
    private static final Map<String, Object> NUMBER = Map.of("type", "number");
    private static final Map<String, Object> STRINGS = array(Map.of("type", "string"));

    private static Map<String, Object> nullableText(String description) {
        return Map.of("type", List.of("string", "null"), "description", description);
    }

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "ChatSession",
                object(
                        List.of("id", "status"),
                        "id",
                        str("The conversation's id: keep it, it is the only key"),
                        "status",
                        str("open, handoff or closed")));
        s.put(
                "ChatMessage",
                object(List.of("text"), "text", str("The customer's message", SupportAssistant.MAX_MESSAGE)));
        Map<String, Object> chatTurn = object(
                List.of("seq", "speaker", "text"),
                "seq",
                INT,
                "speaker",
                str("customer, assistant or agent"),
                "text",
                str("The message"),
                "citations",
                STRINGS,
                "at",
                str("When"));
        s.put("ChatTurn", chatTurn);
        s.put(
                "ChatReply",
                object(
                        List.of("question", "status"),
                        "question",
                        ref("ChatTurn"),
                        "answer",
                        Map.of(
                                "description",
                                "The assistant's turn; null while a human agent has the conversation",
                                "anyOf",
                                List.of(ref("ChatTurn"), Map.of("type", "null"))),
                        "status",
                        str("open, handoff or closed"),
                        "suggestions",
                        array(object(
                                List.of("productId", "name"),
                                "productId",
                                str("Product id"),
                                "name",
                                str("Product name"),
                                "reason",
                                str("Why it is suggested")))));
        s.put(
                "ChatTranscript",
                object(
                        List.of("status", "messages"),
                        "status",
                        str("open, handoff or closed"),
                        "messages",
                        array(ref("ChatTurn"))));
        Object[] summaryProperties = {
            "id",
            str("Conversation id"),
            "status",
            str("open, handoff or closed"),
            "channel",
            str("widget, cli or api"),
            "handoffReason",
            nullableText("Why a human took over: explicit request, anger, repeated failure"),
            "createdAt",
            str("Started"),
            "updatedAt",
            str("Last activity"),
            "customerId",
            nullableText("The customer it is with, when the caller or an agent knew; null for anonymous visitors")
        };
        s.put("ConversationSummary", object(List.of("id", "status"), summaryProperties));
        s.put("ConversationList", array(ref("ConversationSummary")));
        s.put(
                "Turn",
                object(
                        List.of("seq", "speaker", "text"),
                        "conversationId",
                        str("Conversation id"),
                        "seq",
                        INT,
                        "speaker",
                        str("customer, assistant or agent"),
                        "text",
                        str("The message"),
                        "intent",
                        nullableText("question, order_issue, complaint, purchase, handoff_request (customer turns)"),
                        "sentiment",
                        Map.of("type", List.of("number", "null"), "description", "Customer turns"),
                        "outcome",
                        nullableText("answered, not_found, fallback, refused, handoff or agent (assistant turns)"),
                        "citations",
                        STRINGS,
                        "model",
                        nullableText("What produced the text or the sentiment score (provenance)"),
                        "at",
                        str("When")));
        s.put("TurnList", array(ref("Turn")));
        // a conversation's detail is its summary with the turns
        Object[] detailProperties = Arrays.copyOf(summaryProperties, summaryProperties.length + 2);
        detailProperties[summaryProperties.length] = "turns";
        detailProperties[summaryProperties.length + 1] = array(ref("Turn"));
        s.put("ConversationDetail", object(List.of("id", "status"), detailProperties));
        s.put(
                "ConversationCustomer",
                object(List.of("customerId"), "customerId", str("An existing customer's id", FieldLimits.ID)));
        s.put(
                "AgentReply",
                object(List.of("text"), "text", str("The agent's message to the customer", FieldLimits.TURN_TEXT)));
        s.put(
                "KnowledgeSources",
                array(object(
                        List.of("source", "kind", "chunks"),
                        "source",
                        str("File name, or catalogue"),
                        "kind",
                        str("faq, markdown, html, text, pdf or catalogue"),
                        "hash",
                        str("SHA-256 of the content"),
                        "chunks",
                        INT,
                        "ingestedAt",
                        str("When it was last indexed"))));
        s.put(
                "PassageList",
                array(object(
                        List.of("citation", "text"),
                        "citation",
                        str("source#position"),
                        "heading",
                        str("The heading it sits under"),
                        "text",
                        str("The passage"),
                        "entryId",
                        str("FAQ or product id"),
                        "score",
                        NUMBER,
                        "similarity",
                        NUMBER,
                        "bm25Rank",
                        INT,
                        "vectorRank",
                        INT)));
        s.put(
                "IngestResult",
                object(
                        List.of("source", "status", "chunks"),
                        "source",
                        str("Source name"),
                        "kind",
                        str("Kind"),
                        "status",
                        str("added, replaced or unchanged"),
                        "chunks",
                        INT));
        return s;
    }
}
