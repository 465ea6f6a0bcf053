/**
 * The MCP server: the copilot's read tools and its plan drafting offered to a team's own assistant over the Model
 * Context Protocol (Streamable HTTP at {@code /mcp}), under the REST API's keys and roles.
 */
@NullMarked
package io.marketpilot.app.web.mcp;

import org.jspecify.annotations.NullMarked;
