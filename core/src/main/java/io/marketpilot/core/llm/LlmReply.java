package io.marketpilot.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A model's answer with its provenance and cost figures.
 *
 * @param text the answer (PII placeholders already restored when the provider redacts)
 * @param provider the provider that wrote it
 * @param model the model that wrote it
 * @param inputTokens prompt tokens as reported by the provider (estimated when it reports none)
 * @param outputTokens completion tokens as reported by the provider (estimated when it reports none)
 * @param latencyMillis wall time of the call, 0 for a cache hit
 * @param cached true when the answer came from the response cache
 * @param toolCalls the tools the model asked to run instead of answering (then {@code text} may be empty); empty
 *     for a final answer
 */
public record LlmReply(
        String text,
        String provider,
        String model,
        int inputTokens,
        int outputTokens,
        long latencyMillis,
        boolean cached,
        List<LlmToolCall> toolCalls) {

    public LlmReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        toolCalls = List.copyOf(toolCalls);
    }

    /** A final answer, with no tool calls. */
    public LlmReply(
            String text,
            String provider,
            String model,
            int inputTokens,
            int outputTokens,
            long latencyMillis,
            boolean cached) {
        this(text, provider, model, inputTokens, outputTokens, latencyMillis, cached, List.of());
    }

    /** True when the model asks for tools to be run before it answers. */
    public boolean callsTools() {
        return !toolCalls.isEmpty();
    }
}
