package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmRequest;
import java.util.List;
import java.util.Map;

/**
 * Plans with a language model through function calling: the model reads the shop's figures by calling the
 * copilot's tools ({@link ToolConversation}), then answers with a plan ({@link PlanAnswer}) that the
 * {@link PlanVerifier} must pass like the rule-based one. A refused plan is sent back once with the verifier's
 * complaint; refused again, the planner reports the refusal ({@link ErrorCode#UNAVAILABLE}) and plans nothing —
 * it never falls back to the rules on its own. Failing calls are retried by the gateway behind the
 * {@link LanguageModel} port, then reported as it reports them.
 */
public final class LlmPlanner {
    /** The prompt's version, kept with every plan it produced. */
    public static final String PROMPT_VERSION = "copilot-plan/1";
    /** The feature name usage and the audit log record the calls under. */
    public static final String FEATURE = "copilot.plan";
    /** The most tool calls one plan may make (a shop of 8 segments needs about 16). */
    public static final int MAX_TOOL_CALLS = 40;

    private static final int MAX_NAME = 200;
    private static final double TEMPERATURE = 0.2;
    private static final int MAX_TOKENS = 2_000;

    static final String SYSTEM = """
            You are MarketPilot's strategy copilot. A marketer gives you a goal; you propose one campaign, which a \
            person reviews before anything is drafted or sent.
            Read the shop's own figures with the tools before you plan: list_segments first; segment_value to \
            compare segments; then, for the segment you choose, channel_preference, send_times, reach, \
            holdout_design, outlook and past_campaigns.
            Rules:
            - Every number you write must be copied exactly, with the same digits and decimals, from the figures \
            or arguments of a tool result. Do not round, add, subtract, multiply or convert numbers, and write no \
            number that no tool returned: a plan stating one is refused.
            - Each estimate gives as its low and its high two figures of one tool result, and cites that \
            result's tool_call_id.
            - The holdout share is the one you passed to holdout_design and outlook.
            When you have what you need, answer with one JSON object and nothing else:
            """ + PlanAnswer.FORM;

    private final ToolCatalogue tools;
    private final LanguageModel model;
    private final int maxToolCalls;

    public LlmPlanner(ToolCatalogue tools, LanguageModel model, int maxToolCalls) {
        if (model.offline()) {
            throw new IllegalArgumentException("the LLM planner needs a model; plan with the rules offline");
        }
        this.tools = tools;
        this.model = model;
        this.maxToolCalls = maxToolCalls;
    }

    /** The name kept with its plans: the provider and model that planned, e.g. {@code llm:openai/gpt-4o-mini}. */
    public String name() {
        String name = "llm:" + model.provider() + "/" + model.model();
        // the store keeps 200 characters of a planner's name; model names are the configuration's, unbounded
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    /** A verified plan for the goal, or a refusal saying why the model's plan could not be kept. */
    public Plan plan(String goal, String actor) {
        if (goal.isBlank()) {
            throw MarketPilotException.invalid("A plan needs a goal, e.g. \"win back lapsed high-value customers\"");
        }
        LlmRequest request = new LlmRequest(
                FEATURE,
                actor,
                List.of(LlmMessage.system(SYSTEM), LlmMessage.user("Goal: " + goal)),
                TEMPERATURE,
                MAX_TOKENS,
                false,
                tools.definitions());
        ToolConversation conversation = new ToolConversation(tools, model, request, maxToolCalls);
        String first = conversation.answer();
        try {
            return verified(goal, first, conversation);
        } catch (MarketPilotException refused) {
            if (refused.code() != ErrorCode.INVALID_INPUT) {
                throw refused;
            }
            conversation.object(
                    first,
                    String.valueOf(refused.getMessage())
                            + ". Correct it: copy every number exactly from a tool result (call"
                            + " another tool if you need a figure) and answer again with the JSON object only.");
        }
        String second = conversation.answer();
        try {
            return verified(goal, second, conversation);
        } catch (MarketPilotException refused) {
            if (refused.code() != ErrorCode.INVALID_INPUT) {
                throw refused;
            }
            throw new MarketPilotException(
                    ErrorCode.UNAVAILABLE,
                    "The " + name() + " plan was refused twice, and no plan was kept: "
                            + String.valueOf(refused.getMessage()).replaceFirst("^The plan is refused: ", "")
                            + ". Plan with the rule-based planner, or try again.",
                    Map.of(
                            "planner", name(),
                            "toolCalls", String.valueOf(conversation.toolCallsMade())));
        }
    }

    private Plan verified(String goal, String answer, ToolConversation conversation) {
        return PlanVerifier.verify(PlanAnswer.read(answer, goal, name(), conversation.calls(), conversation::resolve));
    }
}
