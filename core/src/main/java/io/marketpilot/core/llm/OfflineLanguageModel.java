package io.marketpilot.core.llm;

/**
 * The stand-in when no language model is configured: it answers nothing, and callers that see {@link #offline()}
 * use their own model-free path (the content composer, extractive answers).
 */
public final class OfflineLanguageModel implements LanguageModel {

    public static final String PROVIDER = "offline";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return "composer";
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        throw new LlmUnavailableException(PROVIDER, "no language model is configured (MARKETPILOT_LLM_PROVIDER)", null);
    }
}
