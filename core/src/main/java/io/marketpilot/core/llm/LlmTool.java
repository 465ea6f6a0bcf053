package io.marketpilot.core.llm;

import java.util.List;
import java.util.Objects;

/**
 * A function the model may ask the caller to run (function calling): its name, what it does, and its parameters.
 * Every parameter is required; providers receive it as a JSON schema object.
 *
 * @param name the name the model calls it by, e.g. {@code segment_value}
 * @param description what it answers, for the model to choose it
 */
public record LlmTool(String name, String description, List<Parameter> parameters) {

    /** The JSON type of a parameter. */
    public enum Type {
        INTEGER,
        NUMBER,
        STRING
    }

    /**
     * One argument of a tool.
     *
     * @param choices the values a string parameter may take; empty for any
     */
    public record Parameter(String name, Type type, String description, List<String> choices) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
            choices = List.copyOf(choices);
        }

        public static Parameter of(String name, Type type, String description) {
            return new Parameter(name, type, description, List.of());
        }
    }

    public LlmTool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }
}
