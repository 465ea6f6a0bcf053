package io.marketpilot.copilot.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.llm.LlmTool;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolCatalogueTest {
    /** One segment of two customers, enough for every tool to answer. */
    static final class TwoCustomers implements ShopFacts {
        @Override
        public Optional<SegmentRun> latestRun() {
            return Optional.of(
                    new SegmentRun(3, LocalDate.of(2025, 12, 1), List.of(new SegmentRow(0, "All", 2, 1, 1))));
        }

        @Override
        public List<String> members(long runId, int segment) {
            return List.of("a", "b");
        }

        @Override
        public Predictions values(Collection<String> customerIds) {
            return new Predictions(
                    Map.of(
                            "a",
                            new CustomerValue("a", 100, 0.8, 2, 3, 12),
                            "b",
                            new CustomerValue("b", 50, 1, 1, 0, 200)),
                    "t",
                    Optional.of(new RepeatGap(60)));
        }

        @Override
        public Map<String, Integer> sendHours(Collection<String> customerIds) {
            return Map.of("a", 9);
        }

        @Override
        public Map<String, String> channels(Collection<String> customerIds) {
            return Map.of("a", "email");
        }

        @Override
        public Reach reach(Collection<String> customerIds, ChannelKind channel) {
            return new Reach(2, 2, 2, 0, 0, 0);
        }

        @Override
        public List<CampaignResult> campaignResults() {
            return List.of();
        }
    }

    private final CopilotTools tools = new CopilotTools(new TwoCustomers());
    private final ToolCatalogue catalogue = new ToolCatalogue(tools);

    @Test
    void everyToolRunsWithValidArgumentsAndRecordsTheCallAsTheTypedToolDoes() {
        Map<String, String> valid = Map.of(
                "run", "3",
                "segment", "0",
                "channel", "\"email\"",
                "holdout_share", "0.1",
                "reachable", "2",
                "baseline_percent", "4.5");
        for (LlmTool tool : catalogue.definitions()) {
            StringBuilder json = new StringBuilder("{");
            for (LlmTool.Parameter p : tool.parameters()) {
                json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(p.name())
                        .append("\":")
                        .append(valid.get(p.name()));
            }
            ToolCall call = catalogue.run(tool.name(), json.append("}").toString());

            assertThat(call.tool()).as(tool.name()).isEqualTo(tool.name());
        }
        assertThat(catalogue.run("outlook", "{\"run\":3,\"segment\":0,\"channel\":\"email\",\"holdout_share\":0.1}"))
                .isEqualTo(tools.outlook(3, 0, ChannelKind.EMAIL, 0.1).call());
        // the model gives the baseline in percent, as segment_value wrote it; the tool takes a share, recorded
        // without a binary fraction's tail (0.9 / 100 is 0.009000000000000001, which the redactor reads as a card)
        assertThat(catalogue
                        .run("holdout_design", "{\"reachable\":2,\"holdout_share\":0.5,\"baseline_percent\":4.5}")
                        .arguments())
                .containsEntry("baseline", "0.045");
        assertThat(catalogue
                        .run("holdout_design", "{\"reachable\":2,\"holdout_share\":0.1,\"baseline_percent\":0.9}")
                        .arguments())
                .containsEntry("baseline", "0.009");
    }

    @Test
    void theAnswerCarriesTheIdToCiteAndEveryFigureAsWritten() {
        ToolCall call = tools.segmentValue(3, 0).call();

        String answer = ToolCatalogue.answer(call);

        assertThat(answer).contains("\"tool_call_id\":\"" + call.id() + "\"");
        call.figures().forEach(f -> assertThat(answer).contains("\"" + f.name() + "\":\"" + f.value() + "\""));
    }

    @Test
    void argumentsThatDoNotFitAreRefusedNamingEachProblem() {
        assertThatThrownBy(() -> catalogue.run("reach", "{\"run\": 0, \"segment\": -1}"))
                .isInstanceOf(ToolArgumentException.class)
                .hasMessageContaining("'run' must be a run id (a whole number from 1), not 0")
                .hasMessageContaining("'segment' must be a segment index (a whole number from 0), not -1")
                .hasMessageContaining("'channel' is missing")
                .hasMessageContaining("Expected: {\"run\": integer, \"segment\": integer, \"channel\": email | sms}");
        assertThatThrownBy(() -> catalogue.run("holdout_design", "[1, 2]"))
                .hasMessageStartingWith("The arguments of holdout_design must be a JSON object");
        assertThatThrownBy(() -> catalogue.run(
                        "holdout_design",
                        "{\"reachable\": 99999999999999999999, \"holdout_share\": 0," + " \"baseline_percent\": 100}"))
                .hasMessageContaining("'reachable' must be a count")
                .hasMessageContaining("'holdout_share' must be a fraction")
                .hasMessageContaining("'baseline_percent' must be a percentage above 0 and below 100");
    }
}
