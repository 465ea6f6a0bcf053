package io.marketpilot.assistant.chat;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A scripted stand-in for a language model that records every request: the tests check what the assistant sends
 * (passages as data, only this conversation's turns) and how it treats what comes back. It is never reported as a
 * real model's output: its provider is {@code test}.
 */
final class RecordingModel implements LanguageModel {
    final List<LlmRequest> requests = new ArrayList<>();
    private final Function<LlmRequest, String> script;

    RecordingModel(Function<LlmRequest, String> script) {
        this.script = script;
    }

    static RecordingModel unavailable() {
        return new RecordingModel(r -> {
            throw new LlmUnavailableException("test", "connection refused", null);
        });
    }

    @Override
    public String provider() {
        return "test";
    }

    @Override
    public String model() {
        return "scripted";
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        requests.add(request);
        return new LlmReply(script.apply(request), provider(), model(), 10, 10, 1, false);
    }

    String lastUserMessage() {
        var messages = requests.getLast().messages();
        return messages.getLast().content();
    }
}
