package io.marketpilot.app.web.mcp;

import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Principal;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * One tool the MCP server offers: how an assistant sees it (name, description, input and output schemas), who may
 * call it, declared with the tool as a route's access is, and what it does.
 */
record McpTool(McpSchema.Tool tool, Access access, Call call) {
    /** What the tool does for a caller the server has admitted, with the arguments the input schema let through. */
    @FunctionalInterface
    interface Call {
        Answer apply(Principal caller, Map<String, Object> arguments);
    }

    /**
     * What a tool answered.
     *
     * @param text what it says in words, for an assistant to read
     * @param structured the typed answer as JSON (the output schema's shape where the tool declares one)
     * @param audited what the audit log keeps of it, e.g. the tool call's id or the plan proposed
     */
    record Answer(String text, Map<String, Object> structured, String audited) {}

    String name() {
        return tool.name();
    }
}
