package io.marketpilot.llm;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmToolCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** A provider that plays back scripted outcomes (answers or LangChain4j errors) and records what it was sent. */
final class ScriptedModel implements LanguageModel {
    private final Deque<Function<LlmRequest, LlmReply>> script = new ArrayDeque<>();
    final List<LlmRequest> received = new ArrayList<>();

    ScriptedModel answer(String text, int in, int out) {
        script.add(r -> new LlmReply(text, provider(), model(), in, out, 5, false));
        return this;
    }

    /** Answers with the last user message, so tests can see what reached the provider. */
    ScriptedModel echo() {
        script.add(r ->
                new LlmReply("You said: " + r.messages().getLast().content(), provider(), model(), 10, 5, 5, false));
        return this;
    }

    /** Asks for tools instead of answering. */
    ScriptedModel callTools(List<LlmToolCall> calls) {
        script.add(r -> new LlmReply("", provider(), model(), 8, 4, 5, false, calls));
        return this;
    }

    ScriptedModel fail(RuntimeException e) {
        script.add(r -> {
            throw e;
        });
        return this;
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return "gpt-test";
    }

    @Override
    public synchronized LlmReply complete(LlmRequest request) {
        received.add(request);
        if (script.isEmpty()) {
            throw new AssertionError("the provider was called more often than scripted");
        }
        return script.poll().apply(request);
    }
}
