package io.marketpilot.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * One chat message.
 *
 * @param toolCalls for an {@link Role#ASSISTANT} message, the tools the model asked to run; for a {@link Role#TOOL}
 *     message, the one call whose result {@code content} is; empty otherwise
 */
public record LlmMessage(Role role, String content, List<LlmToolCall> toolCalls) {

    /** Who speaks. */
    public enum Role {
        SYSTEM,
        USER,
        ASSISTANT,
        /** The result of a tool the model asked to run. */
        TOOL
    }

    public LlmMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        toolCalls = List.copyOf(toolCalls);
        if (role == Role.TOOL && toolCalls.size() != 1) {
            throw new IllegalArgumentException("a tool message answers exactly one call");
        }
    }

    public LlmMessage(Role role, String content) {
        this(role, content, List.of());
    }

    public static LlmMessage system(String content) {
        return new LlmMessage(Role.SYSTEM, content);
    }

    public static LlmMessage user(String content) {
        return new LlmMessage(Role.USER, content);
    }

    public static LlmMessage assistant(String content) {
        return new LlmMessage(Role.ASSISTANT, content);
    }

    /** The model's turn that asked for tools (its text, often empty, and the calls). */
    public static LlmMessage assistant(String content, List<LlmToolCall> calls) {
        return new LlmMessage(Role.ASSISTANT, content, calls);
    }

    /** What running {@code call} returned, sent back to the model. */
    public static LlmMessage toolResult(LlmToolCall call, String result) {
        return new LlmMessage(Role.TOOL, result, List.of(call));
    }

    /** The same message with other text (the gateway's redacted form); the tool calls stay. */
    public LlmMessage withContent(String other) {
        return new LlmMessage(role, other, toolCalls);
    }
}
