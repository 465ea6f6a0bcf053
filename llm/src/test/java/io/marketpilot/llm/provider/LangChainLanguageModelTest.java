package io.marketpilot.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmTool;
import io.marketpilot.core.llm.LlmToolCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LangChainLanguageModelTest {
    final List<ChatRequest> sent = new ArrayList<>();

    ChatModel answering(String text, TokenUsage usage) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                sent.add(request);
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from(text))
                        .tokenUsage(usage)
                        .build();
            }
        };
    }

    static LlmRequest request(boolean json) {
        return new LlmRequest(
                "test", "cli", List.of(LlmMessage.system("sys"), LlmMessage.user("12345678")), 0.3, 64, json);
    }

    @Test
    void takesTokenCountsFromTheProviderAndSendsTheParameters() {
        var model = new LangChainLanguageModel("openai", "m1", answering("{\"a\":1}", new TokenUsage(42, 7)));

        var reply = model.complete(request(true));

        assertThat(reply.inputTokens()).isEqualTo(42);
        assertThat(reply.outputTokens()).isEqualTo(7);
        assertThat(reply.provider()).isEqualTo("openai");
        ChatRequest r = sent.getFirst();
        assertThat(r.messages().getFirst()).isInstanceOf(SystemMessage.class);
        assertThat(r.parameters().temperature()).isEqualTo(0.3);
        assertThat(r.parameters().maxOutputTokens()).isEqualTo(64);
        assertThat(r.parameters().responseFormat().type()).isEqualTo(ResponseFormatType.JSON);
    }

    @Test
    void estimatesTokensWhenTheProviderReportsNone() {
        var model = new LangChainLanguageModel("ollama", "m1", answering("abcdefgh", null));

        var reply = model.complete(request(false));

        // "sys" → 1, "12345678" → 2; answer "abcdefgh" → 2
        assertThat(reply.inputTokens()).isEqualTo(3);
        assertThat(reply.outputTokens()).isEqualTo(2);
        assertThat(sent.getFirst().parameters().responseFormat()).isNull();
    }

    @Test
    void toolsGoOutAsSpecificationsAndToolRequestsComeBackAsCalls() {
        ToolExecutionRequest asked = ToolExecutionRequest.builder()
                .id("call_9")
                .name("reach")
                .arguments("{\"channel\": \"sms\"}")
                .build();
        ChatModel chat = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                sent.add(request);
                return ChatResponse.builder().aiMessage(AiMessage.from(asked)).build();
            }
        };
        LlmTool reach = new LlmTool(
                "reach",
                "Who can be reached",
                List.of(
                        LlmTool.Parameter.of("segment", LlmTool.Type.INTEGER, "index"),
                        new LlmTool.Parameter("channel", LlmTool.Type.STRING, "where", List.of("email", "sms"))));
        LlmToolCall earlier = new LlmToolCall("call_1", "reach", "{}");
        LlmRequest request = new LlmRequest(
                "copilot.plan",
                "cli",
                List.of(
                        LlmMessage.user("plan"),
                        LlmMessage.assistant("", List.of(earlier)),
                        LlmMessage.toolResult(earlier, "{\"error\": \"segment is missing\"}")),
                0.2,
                64,
                false,
                List.of(reach));

        var reply = new LangChainLanguageModel("openai", "m1", chat).complete(request);

        assertThat(reply.toolCalls()).containsExactly(new LlmToolCall("call_9", "reach", "{\"channel\": \"sms\"}"));
        assertThat(reply.text()).isEmpty();
        ChatRequest r = sent.getFirst();
        ToolSpecification spec = r.parameters().toolSpecifications().getFirst();
        assertThat(spec.name()).isEqualTo("reach");
        assertThat(spec.parameters().required()).containsExactly("segment", "channel");
        assertThat(spec.parameters().properties().get("channel")).isInstanceOf(JsonEnumSchema.class);
        assertThat(((AiMessage) r.messages().get(1))
                        .toolExecutionRequests()
                        .getFirst()
                        .id())
                .isEqualTo("call_1");
        ToolExecutionResultMessage result =
                (ToolExecutionResultMessage) r.messages().get(2);
        assertThat(result.id()).isEqualTo("call_1");
        assertThat(result.toolName()).isEqualTo("reach");
        assertThat(result.text()).contains("segment is missing");
    }

    @Test
    void anEmptyAnswerIsAnErrorNotAReply() {
        var model = new LangChainLanguageModel("ollama", "m1", answering(" ", null));

        assertThatThrownBy(() -> model.complete(request(false))).isInstanceOf(EmptyAnswerException.class);
    }
}
