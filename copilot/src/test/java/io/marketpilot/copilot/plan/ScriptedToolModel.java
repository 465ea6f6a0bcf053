package io.marketpilot.copilot.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmToolCall;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model that plays a script: each turn answers the request it receives (tool calls or a text), so a turn can read
 * the tool results the planner sent and build its answer from them. Keeps every request.
 */
final class ScriptedToolModel implements LanguageModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<Function<LlmRequest, LlmReply>> turns = new ArrayDeque<>();
    final List<LlmRequest> requests = new ArrayList<>();
    private int ids;

    @Override
    public String provider() {
        return "scripted";
    }

    @Override
    public String model() {
        return "tool-player";
    }

    /** A turn asking for tools, each {@code name} followed by its JSON arguments. */
    ScriptedToolModel calls(String... nameThenArguments) {
        turns.add(r -> {
            List<LlmToolCall> calls = new ArrayList<>();
            for (int i = 0; i < nameThenArguments.length; i += 2) {
                calls.add(new LlmToolCall("call_" + ++ids, nameThenArguments[i], nameThenArguments[i + 1]));
            }
            return new LlmReply("", provider(), model(), 10, 5, 1, false, calls);
        });
        return this;
    }

    /** A turn whose tool calls are computed from the request (e.g. from an earlier tool's figures). */
    ScriptedToolModel callsFrom(Function<LlmRequest, String[]> nameThenArguments) {
        turns.add(r -> {
            String[] given = nameThenArguments.apply(r);
            List<LlmToolCall> calls = new ArrayList<>();
            for (int i = 0; i < given.length; i += 2) {
                calls.add(new LlmToolCall("call_" + ++ids, given[i], given[i + 1]));
            }
            return new LlmReply("", provider(), model(), 10, 5, 1, false, calls);
        });
        return this;
    }

    /** A final text answer computed from the request. */
    ScriptedToolModel answers(Function<LlmRequest, String> text) {
        turns.add(r -> new LlmReply(text.apply(r), provider(), model(), 10, 5, 1, false));
        return this;
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        requests.add(request);
        Function<LlmRequest, LlmReply> turn = turns.poll();
        if (turn == null) {
            throw new IllegalStateException("the script has no turn left");
        }
        return turn.apply(request);
    }

    int turnsLeft() {
        return turns.size();
    }

    /** The latest result of each tool in the conversation, by tool name: {tool_call_id, summary, figures} or error. */
    static Map<String, JsonNode> results(LlmRequest request) {
        Map<String, JsonNode> byTool = new LinkedHashMap<>();
        for (LlmMessage m : request.messages()) {
            if (m.role() == LlmMessage.Role.TOOL) {
                byTool.put(m.toolCalls().getFirst().name(), json(m.content()));
            }
        }
        return byTool;
    }

    /** The provider's id of the latest call of {@code tool} in the conversation. */
    static String providerId(LlmRequest request, String tool) {
        String id = "";
        for (LlmMessage m : request.messages()) {
            if (m.role() == LlmMessage.Role.TOOL
                    && m.toolCalls().getFirst().name().equals(tool)) {
                id = m.toolCalls().getFirst().id();
            }
        }
        return id;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
