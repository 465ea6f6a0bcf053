package io.marketpilot.core.llm;

/**
 * The one port every feature that writes with a language model calls. Providers (OpenAI-compatible servers,
 * Ollama) live in the {@code llm} module; when nothing is configured the {@link OfflineLanguageModel} stands in and
 * each feature uses its own model-free path (the content composer, the assistant's extractive answers).
 */
public interface LanguageModel {

    /** The provider name recorded with every text it produces, e.g. {@code openai}, {@code ollama}, {@code offline}. */
    String provider();

    /** The model name recorded with every text it produces. */
    String model();

    /** True when there is no model behind this port and callers must use their offline path. */
    default boolean offline() {
        return false;
    }

    /**
     * Sends one chat request. Implementations retry transient failures themselves; when the model cannot answer
     * they throw {@link LlmUnavailableException}, never return an empty or made-up reply. A request that offers
     * {@link LlmRequest#tools()} may be answered with {@link LlmReply#toolCalls()} instead of text: the caller runs
     * them and asks again with their results ({@link LlmMessage#toolResult}).
     */
    LlmReply complete(LlmRequest request);
}
