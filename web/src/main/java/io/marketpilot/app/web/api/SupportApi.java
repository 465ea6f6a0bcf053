package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.support.SupportDesk;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.assistant.kb.SearchMode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Turn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /support}: the agent's side of the assistant: conversations, the hand-off queue, replies, the knowledge base. */
public final class SupportApi {
    private final SupportDesk support;

    public SupportApi(SupportDesk support) {
        this.support = support;
    }

    /** An agent's reply; a body without text is refused as an empty reply. */
    public record ReplyBody(@Nullable String text) {}

    /** The customer a conversation is with. */
    public record CustomerBody(@Nullable String customerId) {}

    public void register(ApiRegistry api) {
        String tag = "Support";
        api.get("/support/conversations", Access.VIEWER, tag, "Recent conversations, newest first")
                .query("status", "string", "open, handoff (the queue) or closed")
                .query("limit", "integer", "1–500 (default 50)")
                .returns("ConversationList")
                .handle(this::conversations);
        api.get("/support/conversations/{id}", Access.VIEWER, tag, "A conversation with its full transcript")
                .returns("ConversationDetail")
                .handle(this::conversation);
        api.post("/support/conversations/{id}/reply", Access.MARKETER, tag, "Reply as an agent; the widget shows it")
                .body("AgentReply")
                .returns("Turn")
                .handle(this::reply);
        api.post(
                        "/support/conversations/{id}/customer",
                        Access.MARKETER,
                        tag,
                        "Tie the conversation to the customer it is with (an escalation then holds them back from"
                                + " promotions)")
                .body("ConversationCustomer")
                .returns("ConversationDetail")
                .handle(this::tieToCustomer);
        api.post("/support/conversations/{id}/close", Access.MARKETER, tag, "Close a conversation")
                .returns("ConversationDetail")
                .handle(this::close);
        api.get("/support/unanswered", Access.VIEWER, tag, "Questions the knowledge base could not answer")
                .query("limit", "integer", "1–500 (default 50)")
                .returns("TurnList")
                .handle(this::unanswered);
        api.get("/support/kb/sources", Access.VIEWER, tag, "Knowledge-base sources with their chunk counts")
                .returns("KnowledgeSources")
                .handle(this::sources);
        api.get("/support/kb/search", Access.VIEWER, tag, "Retrieve passages (hybrid, bm25 or vector)")
                .query("q", "string", "The query")
                .query("k", "integer", "1–50 (default 5)")
                .query("mode", "string", "hybrid (default), bm25 or vector")
                .returns("PassageList")
                .handle(this::search);
        api.post("/support/kb/catalogue", Access.MARKETER, tag, "Re-index the product catalogue (skipped if unchanged)")
                .returns("IngestResult")
                .handle(ctx -> ctx.json(support.ingestCatalogue()));
    }

    private void conversations(Context ctx) {
        Optional<ConversationStatus> status = Optional.ofNullable(ctx.queryParam("status"))
                .filter(s -> !s.isBlank())
                .map(SupportApi::status);
        ctx.json(support.conversations().recent(status, limit(ctx)).stream()
                .map(SupportApi::summary)
                .toList());
    }

    private void conversation(Context ctx) {
        ctx.json(detail(ctx.pathParam("id")));
    }

    private void reply(Context ctx) {
        ReplyBody body = Requests.body(ctx, ReplyBody.class);
        String agent = Authenticator.principal(ctx).name();
        ctx.json(turn(support.assistant()
                .agentReply(ctx.pathParam("id"), agent, Objects.requireNonNullElse(body.text(), ""))));
    }

    private void tieToCustomer(Context ctx) {
        CustomerBody body = Requests.body(ctx, CustomerBody.class);
        support.tieToCustomer(
                ctx.pathParam("id"),
                Objects.requireNonNullElse(body.customerId(), "").strip());
        ctx.json(detail(ctx.pathParam("id")));
    }

    private void close(Context ctx) {
        support.assistant().close(ctx.pathParam("id"));
        ctx.json(detail(ctx.pathParam("id")));
    }

    private void unanswered(Context ctx) {
        ctx.json(support.conversations().unanswered(limit(ctx)).stream()
                .map(SupportApi::turn)
                .toList());
    }

    private void sources(Context ctx) {
        ctx.json(support.knowledgeBase().sources());
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw MarketPilotException.invalid("Give the query as ?q=…");
        }
        int k = Requests.intParam(ctx, "k", 5);
        if (k < 1 || k > 50) {
            throw MarketPilotException.invalid("k must be between 1 and 50");
        }
        SearchMode mode =
                SearchMode.parse(Optional.ofNullable(ctx.queryParam("mode")).orElse("hybrid"));
        ctx.json(support.knowledgeBase().search(q, k, mode).stream()
                .map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("citation", p.chunk().citation());
                    m.put("heading", p.chunk().heading());
                    m.put("text", p.chunk().text());
                    m.put("entryId", p.chunk().entryId());
                    m.put("score", p.score());
                    m.put("similarity", p.similarity());
                    m.put("bm25Rank", p.lexicalRank());
                    m.put("vectorRank", p.vectorRank());
                    return m;
                })
                .toList());
    }

    private Map<String, Object> detail(String id) {
        Map<String, Object> m = summary(support.assistant().conversation(id));
        m.put(
                "turns",
                support.assistant().transcript(id, 0).stream()
                        .map(SupportApi::turn)
                        .toList());
        return m;
    }

    static Map<String, Object> summary(Conversation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("status", c.status().wireName());
        m.put("channel", c.channel());
        m.put("handoffReason", c.handoffReason());
        m.put("createdAt", c.createdAt());
        m.put("updatedAt", c.updatedAt());
        m.put("customerId", c.customerId().orElse(null));
        return m;
    }

    /** The agent's view of a turn: everything, including intent, sentiment and the model that produced it. */
    static Map<String, Object> turn(Turn t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversationId", t.conversationId());
        m.put("seq", t.seq());
        m.put("speaker", t.speaker().wireName());
        m.put("text", t.text());
        m.put("intent", t.intent());
        m.put("sentiment", t.sentiment());
        m.put("outcome", t.outcome());
        m.put("citations", t.citations());
        m.put("model", t.model());
        m.put("at", t.at());
        return m;
    }

    private static ConversationStatus status(String s) {
        try {
            return ConversationStatus.fromWire(s.strip());
        } catch (IllegalArgumentException e) {
            throw MarketPilotException.invalid("status must be open, handoff or closed, not '" + s + "'");
        }
    }

    private static int limit(Context ctx) {
        int limit = Requests.intParam(ctx, "limit", 50);
        if (limit < 1 || limit > 500) {
            throw MarketPilotException.invalid("limit must be between 1 and 500");
        }
        return limit;
    }
}
