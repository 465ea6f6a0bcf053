package io.marketpilot.llm.provider;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
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
import io.marketpilot.core.llm.LlmToolCall;
import io.marketpilot.llm.usage.TokenEstimator;
import java.util.List;

/**
 * One attempt at one provider through a LangChain4j {@link ChatModel}: no retries, no redaction, no accounting (the
 * gateway does those). Token counts come from the provider's answer, estimated when it reports none. Errors are
 * LangChain4j's, for the gateway to classify. A request's tools go out as LangChain4j tool specifications, and an
 * answer that asks for tools comes back as the reply's tool calls.
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
        if (!request.tools().isEmpty()) {
            b.toolSpecifications(ToolSpecifications.of(request.tools()));
        }
        long started = System.nanoTime();
        ChatResponse response = chat.chat(b.build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        AiMessage ai = response.aiMessage();
        String text = ai == null || ai.text() == null ? "" : ai.text();
        List<LlmToolCall> calls = ai == null || !ai.hasToolExecutionRequests()
                ? List.of()
                : ai.toolExecutionRequests().stream()
                        .map(LangChainLanguageModel::call)
                        .toList();
        if (text.isBlank() && calls.isEmpty()) {
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
                : TokenEstimator.estimate(text)
                        + calls.stream()
                                .mapToInt(c -> TokenEstimator.estimate(c.arguments()))
                                .sum();
        return new LlmReply(text, provider, model, in, out, millis, false, calls);
    }

    /** A call as the model wrote it; a server that gives no id gets one from the call's name, so results can name it. */
    private static LlmToolCall call(ToolExecutionRequest r) {
        String name = r.name() == null ? "" : r.name();
        String id = r.id() == null || r.id().isBlank() ? name : r.id();
        return new LlmToolCall(id, name, r.arguments() == null ? "" : r.arguments());
    }

    static List<ChatMessage> messages(List<LlmMessage> messages) {
        return messages.stream()
                .map(m -> switch (m.role()) {
                    case SYSTEM -> (ChatMessage) SystemMessage.from(m.content());
                    case USER -> UserMessage.from(m.content());
                    case ASSISTANT -> assistant(m);
                    case TOOL -> {
                        LlmToolCall answered = m.toolCalls().getFirst();
                        yield ToolExecutionResultMessage.from(answered.id(), answered.name(), m.content());
                    }
                })
                .toList();
    }

    /** The model's own turn; one that asked for tools is sent back with its calls (and without empty text). */
    private static AiMessage assistant(LlmMessage m) {
        if (m.toolCalls().isEmpty()) {
            return AiMessage.from(m.content());
        }
        List<ToolExecutionRequest> requests =
                m.toolCalls().stream().map(LangChainLanguageModel::request).toList();
        return m.content().isBlank() ? AiMessage.from(requests) : AiMessage.from(m.content(), requests);
    }

    private static ToolExecutionRequest request(LlmToolCall c) {
        return ToolExecutionRequest.builder()
                .id(c.id())
                .name(c.name())
                .arguments(c.arguments())
                .build();
    }
}
