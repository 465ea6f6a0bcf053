package io.marketpilot.app.llm;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import java.util.List;

/**
 * One tiny request to the configured model, to check that the endpoint, key and model work. The prompt carries
 * the time so the response cache cannot answer it.
 */
public final class Ping {
    public static final String FEATURE = "llm.ping";

    private Ping() {}

    public static LlmReply send(LanguageModel model, String actor) {
        if (model.offline()) {
            throw new LlmUnavailableException(
                    model.provider(),
                    "No language model is configured: set MARKETPILOT_LLM_PROVIDER=openai or ollama (see README)",
                    null);
        }
        return model.complete(new LlmRequest(
                FEATURE,
                actor,
                List.of(
                        LlmMessage.system("You are a connectivity check. Answer with one word."),
                        LlmMessage.user("Reply with the word pong. (" + System.nanoTime() + ")")),
                0.0,
                16,
                false));
    }
}
