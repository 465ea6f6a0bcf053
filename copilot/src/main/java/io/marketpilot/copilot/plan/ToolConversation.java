package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmToolCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One function-calling conversation with a model: it asks, runs every tool call the model requests through the
 * {@link ToolCatalogue}, records each {@link ToolCall} with its id and snapshot, sends the results back, and
 * repeats until the model answers in text. Bounded: past {@code maxToolCalls} a requested call is answered with an
 * error telling the model to answer, and a model that still only calls tools is given up on. A call the tools
 * refuse (unknown tool, malformed arguments, unknown run) is answered with the reason, for the model to correct.
 */
final class ToolConversation {
    /** Turns a model may spend asking for tools after its budget is spent, before it is given up on. */
    private static final int TURNS_PAST_BUDGET = 2;

    private final ToolCatalogue tools;
    private final LanguageModel model;
    private final LlmRequest request;
    private final int maxToolCalls;
    private final List<LlmMessage> messages;
    private final Map<String, ToolCall> calls = new LinkedHashMap<>();
    /** The provider's id of each call that ran, to the id of the {@link ToolCall} it recorded. */
    private final Map<String, String> byProviderId = new HashMap<>();

    private int used;

    ToolConversation(ToolCatalogue tools, LanguageModel model, LlmRequest request, int maxToolCalls) {
        this.tools = tools;
        this.model = model;
        this.request = request;
        this.maxToolCalls = maxToolCalls;
        this.messages = new ArrayList<>(request.messages());
    }

    /** Talks until the model answers in text, and returns that answer (not yet part of the conversation). */
    String answer() {
        int pastBudget = 0;
        while (true) {
            LlmReply reply = model.complete(request.withMessages(messages));
            if (!reply.callsTools()) {
                return reply.text();
            }
            if (used >= maxToolCalls && ++pastBudget > TURNS_PAST_BUDGET) {
                throw new MarketPilotException(
                        ErrorCode.UNAVAILABLE,
                        "The model (" + model.provider() + "/" + model.model() + ") kept asking for tools after its "
                                + maxToolCalls + " tool calls and gave no plan",
                        Map.of("toolCalls", String.valueOf(used)));
            }
            messages.add(LlmMessage.assistant(reply.text(), reply.toolCalls()));
            for (LlmToolCall call : reply.toolCalls()) {
                messages.add(LlmMessage.toolResult(call, run(call)));
            }
        }
    }

    /** Sends the model its own last answer and what was wrong with it, to be answered again. */
    void object(String answer, String complaint) {
        messages.add(LlmMessage.assistant(answer));
        messages.add(LlmMessage.user(complaint));
    }

    /** Every distinct call that ran, in the order first made. */
    List<ToolCall> calls() {
        return List.copyOf(calls.values());
    }

    /** The recorded call an answer cites: by its own id, or by the provider's id of the call that made it. */
    Optional<String> resolve(String cited) {
        if (calls.containsKey(cited)) {
            return Optional.of(cited);
        }
        return Optional.ofNullable(byProviderId.get(cited));
    }

    int toolCallsMade() {
        return used;
    }

    private String run(LlmToolCall call) {
        if (used >= maxToolCalls) {
            return ToolCatalogue.failure("The limit of " + maxToolCalls + " tool calls is reached; answer now with"
                    + " the plan, from the results you have");
        }
        used++;
        try {
            ToolCall made = tools.run(call.name(), call.arguments());
            calls.putIfAbsent(made.id(), made);
            byProviderId.put(call.id(), made.id());
            return ToolCatalogue.answer(made);
        } catch (MarketPilotException refused) {
            // a wrong argument or an unknown run is the model's to correct, and it reads why; missing data (no
            // segmentation yet) or a fault of the store is no model's to fix, and ends the plan with its message
            if (refused.code() == ErrorCode.INVALID_INPUT || refused.code() == ErrorCode.NOT_FOUND) {
                return ToolCatalogue.failure(String.valueOf(refused.getMessage()));
            }
            throw refused;
        }
    }
}
