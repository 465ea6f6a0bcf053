package io.marketpilot.core.llm;

import java.util.Objects;

/**
 * A model's request to run one of the request's {@link LlmTool}s.
 *
 * @param id the provider's id of this call, which the tool's result must name
 * @param name the tool asked for
 * @param arguments the arguments as the model wrote them: a JSON object, unchecked (a model may write anything)
 */
public record LlmToolCall(String id, String name, String arguments) {
    public LlmToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }
}
