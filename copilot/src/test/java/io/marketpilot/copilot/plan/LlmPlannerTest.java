package io.marketpilot.copilot.plan;

import static io.marketpilot.copilot.plan.ScriptedToolModel.json;
import static io.marketpilot.copilot.plan.ScriptedToolModel.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The LLM planner over the small shop, with a scripted model that plays a win-back conversation: it calls the
 * tools, reads their real results from the requests it receives, and answers with a plan built from them.
 */
class LlmPlannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOAL = "Win back lapsed high-value customers before Christmas";

    private final CopilotTools tools = new CopilotTools(new SmallShop());
    private final ScriptedToolModel model = new ScriptedToolModel();

    private Plan plan(int maxToolCalls) {
        return new LlmPlanner(new ToolCatalogue(tools), model, maxToolCalls).plan(GOAL, "test");
    }

    /** The win-back conversation's tool turns: read the segments, then the lapsing segment's figures. */
    private ScriptedToolModel readsTheShop(ScriptedToolModel m) {
        String seg = "{\"run\": 7, \"segment\": 1}";
        return m.calls("list_segments", "{}")
                .calls(
                        "segment_value", seg,
                        "channel_preference", seg,
                        "send_times", seg,
                        "reach", "{\"run\": 7, \"segment\": 1, \"channel\": \"sms\"}")
                .callsFrom(r -> {
                    Map<String, JsonNode> res = results(r);
                    return new String[] {
                        "holdout_design",
                        "{\"reachable\": " + figure(res, "reach", "reachable") + ", \"holdout_share\": 0.1,"
                                + " \"baseline_percent\": "
                                + figure(res, "segment_value", "segment 1 weekly baseline conversion %") + "}",
                        "outlook",
                        "{\"run\": \"7\", \"segment\": 1, \"channel\": \"sms\", \"holdout_share\": 0.1}",
                        "past_campaigns",
                        ""
                    };
                });
    }

    private static String figure(Map<String, JsonNode> results, String tool, String name) {
        return results.get(tool).get("figures").get(name).asText();
    }

    /** A plan written only from the tool results the request carries, plus {@code extra} in its reasoning. */
    static String honestPlan(LlmRequest r, String extra) {
        Map<String, JsonNode> res = results(r);
        JsonNode outlook = res.get("outlook");
        ObjectNode plan = JSON.createObjectNode()
                .put("intent", "win-back")
                .put("run", 7)
                .put("segment", 1)
                .put(
                        "audience",
                        "Segment 1 (Lapsing high value): mean 12-month CLV "
                                + figure(res, "segment_value", "segment 1 mean CLV") + ", "
                                + figure(res, "segment_value", "segment 1 at risk %") + " % at risk.")
                .put("offer", "A personal thank-you offer on what they bought most.")
                .put("channel", "sms")
                .put(
                        "timing",
                        "At each customer's predicted hour; the commonest is hour "
                                + figure(res, "send_times", "commonest hour") + ".")
                .put("content_brief", "Lead with appreciation, not the discount.")
                .put("holdout_share", 0.1)
                .put(
                        "measurement",
                        "Hold out " + figure(res, "holdout_design", "holdout share %") + " %: "
                                + figure(res, "holdout_design", "holdout") + " held out, "
                                + figure(res, "holdout_design", "recipients") + " recipients.")
                .put(
                        "reasoning",
                        figure(res, "reach", "reachable") + " of " + figure(res, "reach", "customers")
                                + " can be reached by sms now." + extra);
        plan.putArray("estimates")
                .add(JSON.createObjectNode()
                        .put("name", "recipients")
                        .put("low", figure(res, "outlook", "recipients low"))
                        .put("high", figure(res, "outlook", "recipients high"))
                        .put("unit", "customers")
                        .put("tool_call_id", outlook.get("tool_call_id").asText()))
                .add(JSON.createObjectNode()
                        .put("name", "12-month value of the recipients")
                        .put("low", figure(res, "outlook", "value low"))
                        .put("high", figure(res, "outlook", "value high"))
                        .put("unit", "currency units")
                        // the provider's id of the call is accepted too
                        .put("tool_call_id", ScriptedToolModel.providerId(r, "outlook")));
        return "Here is the plan:\n```json\n" + plan.toPrettyString() + "\n```";
    }

    @Test
    void aPlanFromTheToolResultsIsKeptWithEveryCallAndItsNumbersAreTheTools() {
        readsTheShop(model).answers(r -> honestPlan(r, ""));

        Plan plan = plan(LlmPlanner.MAX_TOOL_CALLS);

        assertThat(model.turnsLeft()).isZero();
        assertThat(plan.planner()).isEqualTo("llm:scripted/tool-player");
        assertThat(plan.promptVersion()).isEqualTo(LlmPlanner.PROMPT_VERSION);
        assertThat(plan.intent()).isEqualTo(Intent.WIN_BACK);
        assertThat(plan.proposal().segment()).isEqualTo(1);
        assertThat(plan.proposal().channel()).isEqualTo("sms");
        assertThat(plan.toolCalls().stream().map(ToolCall::tool))
                .containsExactly(
                        "list_segments",
                        "segment_value",
                        "channel_preference",
                        "send_times",
                        "reach",
                        "holdout_design",
                        "outlook",
                        "past_campaigns");
        assertThat(plan.snapshotIds()).contains("segmentation-run:7", "orders:test", "campaigns");

        // the estimates are the outlook's figures, computed here independently of the conversation
        ToolCall outlook = tools.outlook(7, 1, ChannelKind.SMS, 0.1).call();
        Map<String, String> expected =
                outlook.figures().stream().collect(Collectors.toMap(Figure::name, Figure::value));
        assertThat(plan.estimates()).allSatisfy(e -> assertThat(e.toolCallId()).isEqualTo(outlook.id()));
        assertThat(plan.estimates().getFirst().low())
                .isEqualTo(expected.get("recipients low"))
                .isEqualTo("21");
        assertThat(plan.estimates().getFirst().high()).isEqualTo(expected.get("recipients high"));
        assertThat(plan.estimates().get(1).low()).isEqualTo(expected.get("value low"));
        assertThat(plan.estimates().get(1).high()).isEqualTo(expected.get("value high"));

        // every request offered the tools, and the model's tool calls came back with their results
        assertThat(model.requests).allSatisfy(r -> assertThat(r.tools()).hasSize(8));
        LlmRequest second = model.requests.get(1);
        assertThat(second.messages().get(2).toolCalls()).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("list_segments"));
        assertThat(second.messages().get(3).role()).isEqualTo(LlmMessage.Role.TOOL);
        assertThat(json(second.messages().get(3).content()).get("summary").asText())
                .contains("1 Lapsing high value (30 customers");
        assertThat(PlanCodec.read(PlanCodec.write(plan))).isEqualTo(plan);
    }

    @Test
    void malformedArgumentsAndUnknownToolsAreAnsweredWithAClearToolError() {
        model.calls(
                "segment_value", "{\"run\": \"seven\", \"segment\": 1.5, \"colour\": \"red\"}",
                "reach", "{run: 7",
                "forecast", "{}",
                "outlook", "{\"run\": 7, \"segment\": 1, \"channel\": \"fax\", \"holdout_share\": 0.9}");
        readsTheShop(model).answers(r -> honestPlan(r, ""));

        Plan plan = plan(LlmPlanner.MAX_TOOL_CALLS);

        List<String> errors = model.requests.get(1).messages().stream()
                .filter(m -> m.role() == LlmMessage.Role.TOOL)
                .map(m -> json(m.content()).get("error").asText())
                .toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0))
                .contains("The arguments of segment_value do not fit")
                .contains("'colour' is not an argument of segment_value")
                .contains("'run' must be a run id (a whole number from 1), not \"seven\"")
                .contains("'segment' must be a segment index (a whole number from 0), not 1.5")
                .contains("Expected: {\"run\": integer, \"segment\": integer}");
        assertThat(errors.get(1)).startsWith("The arguments of reach are not JSON");
        assertThat(errors.get(2)).startsWith("There is no tool 'forecast'; the tools are list_segments, ");
        assertThat(errors.get(3))
                .contains("'channel' must be one of email, sms, not \"fax\"")
                .contains("'holdout_share' must be a fraction above 0 and at most 0.5");
        // refused calls ran nothing, so the plan records only the calls that did
        assertThat(plan.toolCalls()).hasSize(8);
    }

    @Test
    void aPlanStatingANumberNoToolReturnedIsSentBackOnceWithTheComplaint() {
        readsTheShop(model)
                .answers(r -> honestPlan(r, " Expect 37 extra orders."))
                .answers(r -> honestPlan(r, ""));

        Plan plan = plan(LlmPlanner.MAX_TOOL_CALLS);

        LlmRequest retry = model.requests.getLast();
        assertThat(retry.messages().get(retry.messages().size() - 2).content()).contains("Expect 37 extra orders");
        assertThat(retry.messages().getLast().content())
                .startsWith("The plan is refused: it states 37, which no tool returned")
                .contains("answer again");
        assertThat(plan.reasoning()).doesNotContain("37");
    }

    @Test
    void aPlanRefusedTwiceIsReportedAndNothingIsPlanned() {
        readsTheShop(model)
                .answers(r -> honestPlan(r, " Expect 37 extra orders."))
                .answers(r -> honestPlan(r, " Expect 37 extra orders, as I said."));

        assertThatThrownBy(() -> plan(LlmPlanner.MAX_TOOL_CALLS))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                .hasMessage("The llm:scripted/tool-player plan was refused twice, and no plan was kept: it states 37,"
                        + " which no tool returned. Plan with the rule-based planner, or try again.");
    }

    @Test
    void anAnswerThatIsNoPlanIsSentBackNamingWhatIsMissing() {
        readsTheShop(model)
                .answers(r -> "{\"audience\": \"the lapsing segment\", \"holdout_share\": 2}")
                .answers(r -> honestPlan(r, ""));

        Plan plan = plan(LlmPlanner.MAX_TOOL_CALLS);

        assertThat(model.requests.getLast().messages().getLast().content())
                .startsWith("The plan is refused: the answer is not a plan as asked")
                .contains("'run' must be a whole number")
                .contains("'holdout_share' must be a fraction above 0 and at most 0.5")
                .contains("'estimates' must list");
        assertThat(plan.proposal().segment()).isEqualTo(1);
    }

    @Test
    void theToolCallsAreBoundedAndAModelThatNeverAnswersIsGivenUpOn() {
        for (int i = 0; i < 5; i++) {
            model.calls("list_segments", "{}", "past_campaigns", "{}");
        }

        assertThatThrownBy(() -> plan(3))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                .hasMessageContaining("kept asking for tools after its 3 tool calls and gave no plan");
        assertThat(model.turnsLeft()).isZero();
        String answered = model.requests.getLast().messages().stream()
                .filter(m -> m.role() == LlmMessage.Role.TOOL)
                .map(LlmMessage::content)
                .collect(Collectors.joining("\n"));
        assertThat(answered).contains("The limit of 3 tool calls is reached; answer now");
    }

    @Test
    void anOfflineModelCannotPlan() {
        assertThatThrownBy(() -> new LlmPlanner(
                        new ToolCatalogue(tools), new io.marketpilot.core.llm.OfflineLanguageModel(), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
