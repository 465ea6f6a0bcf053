/**
 * The copilot's tools: small typed read-only functions over the shop's figures, each answering a record that carries
 * the {@link io.marketpilot.copilot.tools.ToolCall} it came from (tool, arguments, data snapshot, stated figures).
 */
@NullMarked
package io.marketpilot.copilot.tools;

import org.jspecify.annotations.NullMarked;
