package io.marketpilot.app.web.mcp;

import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.audit.AuditLog;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server through which a team's own assistant reads the shop's figures and drafts plans, at {@code /mcp} on
 * the web server. Each tool call is checked here, in one place, against the tool's declared access (a viewer key
 * may read, drafting needs the marketer role) and audited, called, refused or failed, as {@code mcp.call} with the
 * tool and the caller's key.
 */
public final class McpServerDoor {
    /** The JSON-RPC error of a caller whose role is below the tool's: a server error code, as JSON-RPC reserves. */
    public static final int FORBIDDEN = -32003;

    static final String AUDIT_ACTION = "mcp.call";

    private static final Logger LOG = LoggerFactory.getLogger(McpServerDoor.class);
    private static final SecureRandom INCIDENT_IDS = new SecureRandom();

    private final List<McpTool> tools;
    private final AuditLog audit;

    McpServerDoor(List<McpTool> tools, AuditLog audit) {
        this.tools = List.copyOf(tools);
        this.audit = audit;
    }

    /** The copilot's tools over the services, under their audit log. */
    public static McpServerDoor over(Services app) {
        return new McpServerDoor(
                new CopilotToolCatalog(new ToolCatalogue(app.copilotTools), app.copilot).all(), app.audit);
    }

    /** Declares {@code /mcp} and builds the SDK's stateless server over it. */
    public void register(Routes routes) {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(Json.mapper());
        McpEndpoint endpoint = new McpEndpoint(json);
        McpServer.sync(endpoint)
                .serverInfo("MarketPilot", WebServer.VERSION)
                .instructions("MarketPilot's strategy copilot: read the shop's own figures (segments, customer value,"
                        + " send times, channels, reach, holdout designs, outlooks, past campaigns) and draft a"
                        + " campaign plan for a goal; a person approves every plan in MarketPilot before anything is"
                        + " created or sent. Quote figures exactly as the tools return them.")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(json)
                // the tools check their own arguments (ToolArguments, the same checks the LLM planner's calls get,
                // with messages that say what to fix); the SDK's schema check would refuse a call before it reaches
                // call(), where every call is audited
                .validateToolInputs(false)
                .immediateExecution(true)
                .tools(tools.stream().map(this::specification).toList())
                .build();
        endpoint.register(routes);
    }

    /** The path the server answers at, for the doors that tell people where to point their assistant. */
    public static String path() {
        return McpEndpoint.PATH;
    }

    private McpStatelessServerFeatures.SyncToolSpecification specification(McpTool tool) {
        return new McpStatelessServerFeatures.SyncToolSpecification(
                tool.tool(), (context, request) -> call(tool, context, request));
    }

    private McpSchema.CallToolResult call(
            McpTool tool, McpTransportContext context, McpSchema.CallToolRequest request) {
        Principal caller = McpEndpoint.caller(context);
        if (!tool.access().admits(caller.role())) {
            Role needed = tool.access().role().orElse(Role.VIEWER);
            audit.record(
                    caller.actor(), AUDIT_ACTION, tool.name(), "refused: needs the " + needed.wireName() + " role");
            throw McpError.builder(FORBIDDEN)
                    .message("The tool " + tool.name() + " needs the " + needed.wireName() + " role; the key '"
                            + caller.name() + "' is " + caller.role().wireName())
                    .data(Map.of(
                            "code", ErrorCode.FORBIDDEN.wireName(),
                            "required", needed.wireName(),
                            "role", caller.role().wireName()))
                    .build();
        }
        Map<String, Object> arguments = Objects.requireNonNullElse(request.arguments(), Map.of());
        try {
            McpTool.Answer answer = tool.call().apply(caller, arguments);
            audit.record(caller.actor(), AUDIT_ACTION, tool.name(), "ok " + answer.audited());
            return McpSchema.CallToolResult.builder()
                    .addTextContent(answer.text())
                    .addTextContent(Json.mapper().writeValueAsString(answer.structured()))
                    .structuredContent(answer.structured())
                    .build();
        } catch (MarketPilotException e) {
            audit.record(
                    caller.actor(),
                    AUDIT_ACTION,
                    tool.name(),
                    "failed: " + e.code().wireName());
            return failed(e.getMessage() + " (" + e.code().wireName() + ")");
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            byte[] id = new byte[4];
            INCIDENT_IDS.nextBytes(id);
            String incident = HexFormat.of().formatHex(id);
            LOG.error("mcp tool={} error=internal incident={}", tool.name(), incident, e);
            audit.record(caller.actor(), AUDIT_ACTION, tool.name(), "failed: internal, incident " + incident);
            return failed("internal failure, incident " + incident);
        }
    }

    /** A tool's failure as MCP reports one: a result marked as an error, whose text an assistant can act on. */
    private static McpSchema.CallToolResult failed(String message) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }
}
