package io.marketpilot.app.web.mcp;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.marketpilot.app.web.api.Requests;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.HttpHeaders;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * MCP's Streamable HTTP transport, stateless, on a route declared like every other: {@code POST /mcp} takes one
 * JSON-RPC message and answers it with JSON (a notification with 202), and {@code GET /mcp} answers 405, since the
 * server opens no event stream. The route admits any key (viewer and up) and refuses a caller without one with the
 * API's 401 before the message is read; the caller rides in the transport context to the tools, which check each
 * tool's own access. The SDK's server behind it negotiates the protocol version and answers {@code initialize},
 * {@code tools/list} and {@code tools/call}.
 */
final class McpEndpoint implements McpStatelessServerTransport {
    static final String PATH = "/mcp";
    /** Where the caller travels in the transport context. */
    static final String CALLER = "marketpilot.caller";

    private static final Logger LOG = LoggerFactory.getLogger(McpEndpoint.class);

    private final McpJsonMapper json;
    private @Nullable McpStatelessServerHandler handler;

    McpEndpoint(McpJsonMapper json) {
        this.json = json;
    }

    void register(Routes routes) {
        routes.api(HandlerType.POST, PATH, Access.VIEWER, this::post);
        routes.api(HandlerType.GET, PATH, Access.VIEWER, McpEndpoint::noStream);
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    /** The caller a tool runs for, as the endpoint put it in the context. */
    static Principal caller(McpTransportContext context) {
        if (context.get(CALLER) instanceof Principal p) {
            return p;
        }
        throw new IllegalStateException("an MCP call reached a tool without its caller");
    }

    private void post(Context ctx) throws IOException {
        String version = ctx.header(HttpHeaders.PROTOCOL_VERSION);
        if (version != null && !protocolVersions().contains(version)) {
            refuse(
                    ctx,
                    McpSchema.ErrorCodes.INVALID_REQUEST,
                    "Unsupported MCP protocol version " + version + " (this server speaks "
                            + String.join(", ", protocolVersions()) + ")");
            return;
        }
        Optional<McpSchema.JSONRPCMessage> message = message(ctx);
        if (message.isEmpty()) {
            return;
        }
        McpTransportContext context =
                McpTransportContext.create(Map.<String, Object>of(CALLER, Authenticator.principal(ctx)));
        switch (message.get()) {
            case McpSchema.JSONRPCRequest request -> reply(ctx, 200, answer(context, request));
            case McpSchema.JSONRPCNotification notification -> {
                handler()
                        .handleNotification(context, notification)
                        .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                        .block();
                ctx.status(202);
            }
            default ->
                refuse(ctx, McpSchema.ErrorCodes.INVALID_REQUEST, "This server takes requests and notifications");
        }
    }

    /**
     * The body as one JSON-RPC message; an unreadable one is answered here (400, a parse error). The body is read
     * through the API's checks (size, control characters, lone surrogates), which answer as the API does.
     */
    private Optional<McpSchema.JSONRPCMessage> message(Context ctx) throws IOException {
        String body = Requests.tree(ctx).toString();
        try {
            return Optional.of(McpSchema.deserializeJsonRpcMessage(json, body));
        } catch (IOException | IllegalArgumentException e) {
            refuse(ctx, McpSchema.ErrorCodes.PARSE_ERROR, "Not one JSON-RPC 2.0 message");
            return Optional.empty();
        }
    }

    private McpSchema.JSONRPCResponse answer(McpTransportContext context, McpSchema.JSONRPCRequest request) {
        try {
            McpSchema.JSONRPCResponse response = handler()
                    .handleRequest(context, request)
                    .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                    .block();
            if (response == null) {
                throw new IllegalStateException("the MCP server gave no answer to " + request.method());
            }
            return response;
        } catch (McpError e) {
            // the SDK's server answers a method it does not know with an error rather than an error response
            McpSchema.JSONRPCResponse.JSONRPCError refusal = e.getJsonRpcError();
            return refusal == null
                    ? error(request.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, "internal failure")
                    : new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null, refusal);
        }
    }

    private McpStatelessServerHandler handler() {
        if (handler == null) {
            throw new IllegalStateException("the MCP server was not built over this endpoint");
        }
        return handler;
    }

    private static McpSchema.JSONRPCResponse error(Object id, int code, String message) {
        return new McpSchema.JSONRPCResponse(
                McpSchema.JSONRPC_VERSION, id, null, new McpSchema.JSONRPCResponse.JSONRPCError(code, message, null));
    }

    private void reply(Context ctx, int status, McpSchema.JSONRPCResponse response) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(response));
    }

    /**
     * A message refused before it reached the server: a JSON-RPC error with a null id, as JSON-RPC answers a message
     * whose id could not be read (the SDK's response record will not hold one), and a 400.
     */
    private void refuse(Context ctx, int code, String message) throws IOException {
        LOG.info("mcp refused={} message={}", code, message);
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        error.put("id", null);
        error.put("error", Map.of("code", code, "message", message));
        ctx.status(400).contentType("application/json").result(json.writeValueAsString(error));
    }

    private static void noStream(Context ctx) {
        ctx.header("Allow", "POST").status(405);
    }
}
