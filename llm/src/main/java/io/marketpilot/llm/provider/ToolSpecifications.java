package io.marketpilot.llm.provider;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.marketpilot.core.llm.LlmTool;
import java.util.List;

/** LangChain4j's form of the port's tools: one JSON schema object per tool, every parameter required. */
final class ToolSpecifications {
    private ToolSpecifications() {}

    static List<ToolSpecification> of(List<LlmTool> tools) {
        return tools.stream().map(ToolSpecifications::of).toList();
    }

    static ToolSpecification of(LlmTool tool) {
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
        for (LlmTool.Parameter p : tool.parameters()) {
            switch (p.type()) {
                case INTEGER -> schema.addIntegerProperty(p.name(), p.description());
                case NUMBER -> schema.addNumberProperty(p.name(), p.description());
                case STRING -> {
                    if (p.choices().isEmpty()) {
                        schema.addStringProperty(p.name(), p.description());
                    } else {
                        schema.addEnumProperty(p.name(), p.choices(), p.description());
                    }
                }
            }
        }
        schema.required(tool.parameters().stream().map(LlmTool.Parameter::name).toList());
        return ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .parameters(schema.build())
                .build();
    }
}
