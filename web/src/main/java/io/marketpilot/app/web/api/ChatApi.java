package io.marketpilot.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.marketpilot.app.support.RateLimiter;
import io.marketpilot.app.support.SupportDesk;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.web.auth.TrustedProxies;
import io.marketpilot.assistant.chat.Reply;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.Turn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code /chat}: the public API behind the website widget. No API key: a conversation's unguessable id is the
 * only credential, and only that conversation is ever readable with it. Every call is rate-limited per client
 * address: what changes a conversation by {@code messagesPerMinute}, reads of its messages (which the widget polls)
 * by their own, larger {@code readsPerMinute}; pages from the configured origins may call it (CORS). Answers stream as server-sent events when the
 * client accepts {@code text/event-stream}: {@code question}, then {@code token} events carrying the answer in
 * pieces, then {@code done} with the whole turn, its citations and the conversation's status. (The language-model
 * port returns whole answers, so the pieces are cut from the finished answer; the event format stays the same
 * when a streaming provider arrives.)
 */
public final class ChatApi {
    private static final String PATH = "/chat";
    private static final String RATE_LIMITED =
            "Too many requests from this address: Retry-After says when to try again";

    private final SupportDesk support;
    private final TrustedProxies proxies;
    private final RateLimiter writes;
    private final RateLimiter reads;

    public ChatApi(SupportDesk support, TrustedProxies proxies, Clock clock) {
        this.support = support;
        this.proxies = proxies;
        this.writes = new RateLimiter(support.settings().messagesPerMinute(), clock);
        this.reads = new RateLimiter(support.settings().readsPerMinute(), clock);
    }

    /** A message from the widget; a body without text is refused as an empty message. */
    public record MessageBody(@Nullable String text) {}

    public void register(ApiRegistry api) {
        String tag = "Chat (public)";
        api.post(PATH + "/sessions", Access.PUBLIC, tag, "Start a conversation; its id is the client's only key to it")
                .created("ChatSession")
                .fails(ErrorCode.TOO_MANY_REQUESTS, RATE_LIMITED)
                .handle(this::start);
        api.post(
                        PATH + "/sessions/{id}/messages",
                        Access.PUBLIC,
                        tag,
                        "Send a message; the answer streams as server-sent events (Accept: text/event-stream) or"
                                + " returns as JSON")
                .body("ChatMessage")
                .returns("ChatReply")
                .alsoAnswers(
                        "text/event-stream",
                        "Server-sent events: question (a ChatTurn), token ({text}) for each piece of the answer, then"
                                + " done (a ChatReply)")
                .fails(ErrorCode.TOO_MANY_REQUESTS, RATE_LIMITED)
                .handle(this::message);
        api.get(PATH + "/sessions/{id}/messages", Access.PUBLIC, tag, "The conversation's messages after a number")
                .query("after", "integer", "Only messages numbered above this (default 0)")
                .returns("ChatTranscript")
                .fails(ErrorCode.TOO_MANY_REQUESTS, RATE_LIMITED)
                .handle(this::messages);
        api.post(PATH + "/sessions/{id}/handoff", Access.PUBLIC, tag, "Ask for a human agent")
                .returns("ChatSession")
                .fails(ErrorCode.TOO_MANY_REQUESTS, RATE_LIMITED)
                .handle(this::handoff);
    }

    /** CORS for the widget's origins: preflight answers, and requests from other origins are refused. */
    public void installCors(Javalin javalin, Routes routes) {
        String prefix = ApiRegistry.PREFIX + PATH;
        javalin.before(prefix + "/*", ctx -> {
            String origin = ctx.header("Origin");
            if (origin == null) {
                return;
            }
            if (!support.settings().allows(origin)) {
                throw new MarketPilotException(
                        ErrorCode.FORBIDDEN,
                        "This site (" + origin + ") may not use the chat: see MARKETPILOT_SUPPORT_CORS_ORIGINS");
            }
            ctx.header(
                    "Access-Control-Allow-Origin",
                    support.settings().corsOrigins().contains("*") ? "*" : origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
            ctx.header("Access-Control-Max-Age", "600");
        });
        routes.api(HandlerType.OPTIONS, prefix + "/*", Access.PUBLIC, ctx -> ctx.status(204));
    }

    private void start(Context ctx) {
        limit(ctx, writes, "messages");
        Conversation c = support.assistant().start("widget");
        ctx.status(201).json(session(c));
    }

    private void message(Context ctx) throws IOException {
        limit(ctx, writes, "messages");
        String id = ctx.pathParam("id");
        MessageBody body = Requests.body(ctx, MessageBody.class);
        Reply reply = support.assistant().ask(id, Objects.requireNonNullElse(body.text(), ""));
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("question", turn(reply.question()));
        done.put("answer", reply.answer().map(ChatApi::turn).orElse(null));
        done.put("status", reply.conversation().status().wireName());
        done.put(
                "suggestions",
                reply.suggestions().stream()
                        .map(s -> Map.of("productId", s.productId(), "name", s.name(), "reason", s.reason()))
                        .toList());
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            ctx.json(done);
            return;
        }
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        event(out, "question", done.get("question"));
        for (String piece : reply.answer().map(t -> pieces(t.text())).orElse(List.of())) {
            event(out, "token", Map.of("text", piece));
        }
        event(out, "done", done);
    }

    private void messages(Context ctx) {
        limit(ctx, reads, "reads");
        int after = Requests.intParam(ctx, "after", 0);
        String id = ctx.pathParam("id");
        Map<String, Object> out = new LinkedHashMap<>();
        List<Turn> turns = support.assistant().transcript(id, Math.max(0, after));
        out.put("status", support.assistant().conversation(id).status().wireName());
        out.put("messages", turns.stream().map(ChatApi::turn).toList());
        ctx.json(out);
    }

    private void handoff(Context ctx) {
        limit(ctx, writes, "messages");
        ctx.json(session(support.assistant().requestHuman(ctx.pathParam("id"))));
    }

    private void limit(Context ctx, RateLimiter limiter, String what) {
        long wait = limiter.acquire(proxies.clientAddress(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new MarketPilotException(
                    ErrorCode.TOO_MANY_REQUESTS, "Too many " + what + "; try again in " + wait + " s");
        }
    }

    private static Map<String, Object> session(Conversation c) {
        return Map.of("id", c.id(), "status", c.status().wireName());
    }

    /** What a customer may see of a turn: no intent, sentiment or internal outcome. */
    static Map<String, Object> turn(Turn t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", t.seq());
        m.put("speaker", t.speaker().wireName());
        m.put("text", t.text());
        m.put("citations", t.citations());
        m.put("at", t.at());
        return m;
    }

    /** The answer cut into word-sized pieces (whitespace kept; Chinese text in runs of a few characters). */
    static List<String> pieces(String text) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\S{1,8}\\s*|\\s+").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void event(OutputStream out, String name, Object data) throws IOException {
        String json;
        try {
            json = Json.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        out.write(("event: " + name + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
