package io.marketpilot.llm.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.marketpilot.llm.LlmSettings;

/**
 * Builds LangChain4j's chat client for the configured provider. Its own retries are turned off
 * ({@code maxRetries(0)}): the gateway retries, with backoff, and counts every attempt for the circuit breaker.
 */
public final class ChatModels {
    private ChatModels() {}

    public static ChatModel create(LlmSettings settings) {
        return switch (settings.provider()) {
            case LlmSettings.OPENAI ->
                OpenAiChatModel.builder()
                        .baseUrl(settings.effectiveBaseUrl())
                        // local OpenAI-compatible servers (llama.cpp, vLLM, LM Studio) need no key, the client does
                        .apiKey(settings.apiKey().isEmpty() ? "none" : settings.apiKey())
                        .modelName(settings.model())
                        .timeout(settings.timeout())
                        .maxRetries(0)
                        .build();
            case LlmSettings.OLLAMA ->
                OllamaChatModel.builder()
                        .maxRetries(0)
                        .baseUrl(settings.effectiveBaseUrl())
                        .modelName(settings.model())
                        .timeout(settings.timeout())
                        .build();
            default -> throw new IllegalArgumentException("no chat client for provider " + settings.provider());
        };
    }
}
