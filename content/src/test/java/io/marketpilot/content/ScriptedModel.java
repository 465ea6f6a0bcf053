package io.marketpilot.content;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A stand-in for the language model port that answers from a script and records the requests, to test what the
 * generator does with answers (repair, fallback); the real HTTP providers are tested in the llm module.
 */
final class ScriptedModel implements LanguageModel {
    final Deque<String> answers = new ArrayDeque<>();
    final List<LlmRequest> requests = new ArrayList<>();
    boolean unavailable;

    ScriptedModel answer(String... texts) {
        answers.addAll(List.of(texts));
        return this;
    }

    @Override
    public String provider() {
        return "scripted";
    }

    @Override
    public String model() {
        return "script-1";
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        requests.add(request);
        if (unavailable || answers.isEmpty()) {
            throw new LlmUnavailableException("scripted", "circuit open", null);
        }
        return new LlmReply(answers.poll(), provider(), model(), 10, 10, 1, false);
    }
}
