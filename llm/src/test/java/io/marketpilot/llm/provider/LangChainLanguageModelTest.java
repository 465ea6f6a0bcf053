package io.marketpilot.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmRequest;
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
    void anEmptyAnswerIsAnErrorNotAReply() {
        var model = new LangChainLanguageModel("ollama", "m1", answering(" ", null));

        assertThatThrownBy(() -> model.complete(request(false))).isInstanceOf(EmptyAnswerException.class);
    }
}
