package io.marketpilot.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * One request to a language model.
 *
 * @param feature the product feature asking (e.g. {@code content.email}, {@code assistant}), for usage accounting
 *     and the audit log
 * @param actor who asked (an API key id, {@code cli}, {@code dashboard:user}), for the audit log
 * @param messages the conversation, system message first
 * @param temperature sampling temperature
 * @param maxTokens the most tokens the answer may have
 * @param json true when the answer must be one JSON object (providers that support it are told so)
 * @param tools the functions the model may ask to run instead of answering; empty for a plain chat
 */
public record LlmRequest(
        String feature,
        String actor,
        List<LlmMessage> messages,
        double temperature,
        int maxTokens,
        boolean json,
        List<LlmTool> tools) {

    public LlmRequest {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(actor, "actor");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one message");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** A plain chat request, without tools. */
    public LlmRequest(
            String feature, String actor, List<LlmMessage> messages, double temperature, int maxTokens, boolean json) {
        this(feature, actor, messages, temperature, maxTokens, json, List.of());
    }

    /** The same request with one more message appended (used to re-ask after an invalid answer). */
    public LlmRequest followedBy(LlmMessage... more) {
        List<LlmMessage> all = new java.util.ArrayList<>(messages);
        all.addAll(List.of(more));
        return withMessages(all);
    }

    /** The same request (feature, sampling, tools) over another conversation. */
    public LlmRequest withMessages(List<LlmMessage> conversation) {
        return new LlmRequest(feature, actor, conversation, temperature, maxTokens, json, tools);
    }
}
