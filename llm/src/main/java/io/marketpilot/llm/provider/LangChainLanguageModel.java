package io.marketpilot.llm.provider;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.llm.usage.TokenEstimator;
import java.util.List;

/**
 * One attempt at one provider through a LangChain4j {@link ChatModel}: no retries, no redaction, no accounting (the
 * gateway does those). Token counts come from the provider's answer, estimated when it reports none. Errors are
 * LangChain4j's, for the gateway to classify.
 */
public final class LangChainLanguageModel implements LanguageModel {
    private final String provider;
    private final String model;
    private final ChatModel chat;

    public LangChainLanguageModel(String provider, String model, ChatModel chat) {
        this.provider = provider;
        this.model = model;
        this.chat = chat;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        ChatRequest.Builder b = ChatRequest.builder()
                .messages(messages(request.messages()))
                .modelName(model)
                .temperature(request.temperature())
                .maxOutputTokens(request.maxTokens());
        if (request.json()) {
            b.responseFormat(ResponseFormat.JSON);
        }
        long started = System.nanoTime();
        ChatResponse response = chat.chat(b.build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        String text = response.aiMessage() == null || response.aiMessage().text() == null
                ? ""
                : response.aiMessage().text();
        if (text.isBlank()) {
            throw new EmptyAnswerException(
                    provider + " returned an empty answer (finish reason " + response.finishReason() + ")");
        }
        TokenUsage usage = response.tokenUsage();
        int in = usage != null && usage.inputTokenCount() != null
                ? usage.inputTokenCount()
                : request.messages().stream()
                        .mapToInt(m -> TokenEstimator.estimate(m.content()))
                        .sum();
        int out = usage != null && usage.outputTokenCount() != null
                ? usage.outputTokenCount()
                : TokenEstimator.estimate(text);
        return new LlmReply(text, provider, model, in, out, millis, false);
    }

    static List<ChatMessage> messages(List<LlmMessage> messages) {
        return messages.stream()
                .map(m -> switch (m.role()) {
                    case SYSTEM -> (ChatMessage) SystemMessage.from(m.content());
                    case USER -> UserMessage.from(m.content());
                    case ASSISTANT -> AiMessage.from(m.content());
                })
                .toList();
    }
}
