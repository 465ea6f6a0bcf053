package io.marketpilot.app.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.marketpilot.llm.LlmSettings;
import io.marketpilot.llm.usage.PriceTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A local OpenAI-compatible server for tests: {@code POST …/chat/completions} answers with the next recorded
 * response from a queue (a chat completion, tool calls, an HTTP error, a malformed body, or an echo of the last user
 * message)
 * and keeps every request it received, so tests can prove what did and did not leave the process. With the queue
 * empty it answers 500 with a message saying so. The real LangChain4j client talks to it over HTTP.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    public static final String MODEL = "fake-gpt";

    /** One request as the server received it. */
    public record Received(String method, String path, String authorization, String body) {
        /** The request body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The results of tool calls the request carries ({@code role: tool}), by the id of the call they answer. */
        public java.util.Map<String, String> toolResults() {
            java.util.Map<String, String> results = new java.util.LinkedHashMap<>();
            for (JsonNode m : json().get("messages")) {
                if (m.get("role").asText().equals("tool")) {
                    results.put(m.get("tool_call_id").asText(), m.get("content").asText());
                }
            }
            return results;
        }

        /** The content of the last {@code user} message. */
        public String lastUserMessage() {
            String last = "";
            for (JsonNode m : json().get("messages")) {
                if (m.get("role").asText().equals("user")) {
                    last = m.get("content").asText();
                }
            }
            return last;
        }
    }

    /** A recorded response: status, body and an optional delay before answering. */
    public record Response(int status, Function<Received, String> body, Duration delay) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Response> queue = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    private FakeOpenAiServer(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAiServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOpenAiServer fake = new FakeOpenAiServer(http);
            http.createContext("/", fake::handle);
            http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure ({@code MARKETPILOT_LLM_BASE_URL}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /**
     * Settings for the gateway against this server: provider openai, short backoff so tests run fast, the breaker
     * opening after {@code breakerThreshold} failed attempts, and a price for the fake model.
     */
    public LlmSettings settings(int maxRetries, int breakerThreshold) {
        return new LlmSettings(
                LlmSettings.OPENAI,
                baseUrl(),
                MODEL,
                "test-key",
                Duration.ofSeconds(5),
                4,
                maxRetries,
                Duration.ofMillis(20),
                Optional.empty(),
                breakerThreshold,
                Duration.ofMinutes(5),
                64,
                PriceTable.parse(MODEL + "=1.00/2.00"));
    }

    /** A chat completion with {@code content} and the given token counts. */
    public synchronized FakeOpenAiServer reply(String content, int promptTokens, int completionTokens) {
        queue.add(new Response(200, r -> completion(content, promptTokens, completionTokens), Duration.ZERO));
        return this;
    }

    public FakeOpenAiServer reply(String content) {
        return reply(content, 20, 5);
    }

    /** A chat completion that repeats the last user message it received (placeholders and all). */
    public synchronized FakeOpenAiServer echo() {
        queue.add(new Response(200, r -> completion("Echo: " + r.lastUserMessage(), 30, 10), Duration.ZERO));
        return this;
    }

    /** An HTTP error with an OpenAI-style error body. */
    public synchronized FakeOpenAiServer error(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "test_error");
        queue.add(new Response(status, r -> body.toString(), Duration.ZERO));
        return this;
    }

    /** A 200 answer whose body is {@code raw}, e.g. cut-off or non-JSON text. */
    public synchronized FakeOpenAiServer malformed(String raw) {
        queue.add(new Response(200, r -> raw, Duration.ZERO));
        return this;
    }

    /** Any recorded response, e.g. one that answers only after a delay (to exercise timeouts). */
    public synchronized FakeOpenAiServer enqueue(Response response) {
        queue.add(response);
        return this;
    }

    public synchronized List<Received> requests() {
        return List.copyOf(received);
    }

    /** Every request body received, joined: what left the process. */
    public synchronized String everythingReceived() {
        return String.join("\n", received.stream().map(Received::body).toList());
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** One function call a recorded answer asks for: the call's id, the tool's name and its JSON arguments. */
    public record ToolRequest(String id, String name, String arguments) {}

    /** A chat completion that asks for tools instead of answering ({@code finish_reason: tool_calls}). */
    public static String toolCalls(List<ToolRequest> calls) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_767_225_600L);
        root.put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        message.putNull("content");
        var list = message.putArray("tool_calls");
        for (ToolRequest c : calls) {
            ObjectNode call = list.addObject().put("id", c.id()).put("type", "function");
            call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
        }
        choice.put("finish_reason", "tool_calls");
        root.putObject("usage")
                .put("prompt_tokens", 40)
                .put("completion_tokens", 10)
                .put("total_tokens", 50);
        return root.toString();
    }

    /** A recorded answer computed from the request it answers (e.g. tool calls whose arguments read earlier results). */
    public synchronized FakeOpenAiServer answer(Function<Received, String> body) {
        queue.add(new Response(200, body, Duration.ZERO));
        return this;
    }

    public static String completion(String content, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_767_225_600L);
        root.put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return root.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body);
        Response response;
        synchronized (this) {
            received.add(request);
            response = queue.poll();
        }
        int status;
        String answer;
        if (!request.path().endsWith("/chat/completions")) {
            status = 404;
            answer = "{\"error\":{\"message\":\"the fake serves only /chat/completions\"}}";
        } else if (response == null) {
            status = 500;
            answer = "{\"error\":{\"message\":\"FakeOpenAiServer: no recorded response left\"}}";
        } else {
            if (!response.delay().isZero()) {
                try {
                    Thread.sleep(response.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            status = response.status();
            answer = response.body().apply(request);
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
