package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.llm.CopilotConversation;
import io.marketpilot.app.llm.FakeOpenAiServer;
import io.marketpilot.app.services.Services;
import io.marketpilot.copilot.plan.LlmPlanner;
import io.marketpilot.copilot.plan.RuleBasedPlanner;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --goal} end to end with a language model configured in {@code marketpilot.yaml}: the LLM planner
 * plans by default and the plan says which model and prompt produced it; {@code --planner rules} compares with the
 * rules without a call; a failing model is retried, then reported in one line; asking for the LLM planner without a
 * model says how to configure one.
 */
class PlanLlmCliIT {
    static final String GOAL = "Win back lapsed high-value customers before Christmas";

    @TempDir
    static Path dir;

    static final FakeOpenAiServer fake = FakeOpenAiServer.start();
    static String data;
    static String config;

    @BeforeAll
    static void demoShopAndModel() throws Exception {
        data = dir.resolve("data").toString();
        try (Services app =
                Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0))) {
            DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
            app.segments.run("auto", 42, java.util.Optional.empty());
        }
        config = Files.writeString(
                        dir.resolve("marketpilot.yaml"), """
                        llm:
                          provider: openai
                          base-url: %s
                          model: %s
                          api-key: test-key
                          max-retries: 1
                          retry-base-millis: 20
                        """.formatted(fake.baseUrl(), FakeOpenAiServer.MODEL))
                .toString();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void theConfiguredModelPlansAndThePlanSaysWhichModelAndPromptAndTheRulesCompare() throws Exception {
        CopilotConversation.toolTurns(fake);
        CopilotConversation.plan(fake, "");
        int before = fake.requests().size();

        InProcessCli.Run planned =
                CliTest.run("plan", "--goal", GOAL, "--data-dir", data, "--config", config, "--format", "json");

        assertThat(planned.exit()).as(planned.err()).isZero();
        assertThat(fake.requests()).hasSize(before + 4);
        JsonNode plan = CliTest.json(planned.out());
        String model = "llm:openai/" + FakeOpenAiServer.MODEL;
        assertThat(plan.get("planner").asText()).isEqualTo(model);
        assertThat(plan.get("promptVersion").asText()).isEqualTo(LlmPlanner.PROMPT_VERSION);
        assertThat(plan.get("plan").get("toolCalls")).hasSize(8);
        JsonNode outlook = plan.get("plan").get("toolCalls").get(6);
        assertThat(outlook.get("tool").asText()).isEqualTo("outlook");
        assertThat(plan.get("plan").get("estimates").get(0).get("toolCallId").asText())
                .isEqualTo(outlook.get("id").asText());

        String id = plan.get("id").asText();
        InProcessCli.Run shown = CliTest.run("plan", "show", id, "--data-dir", data, "--config", config);
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out())
                .contains("planned by " + model + ", prompt " + LlmPlanner.PROMPT_VERSION)
                .contains("  outlook(");
        InProcessCli.Run listed = CliTest.run("plan", "list", "--data-dir", data, "--config", config);
        assertThat(listed.out()).contains(model);

        InProcessCli.Run byRules = CliTest.run(
                "plan",
                "--goal",
                GOAL,
                "--planner",
                "rules",
                "--data-dir",
                data,
                "--config",
                config,
                "--format",
                "json");
        assertThat(byRules.exit()).as(byRules.err()).isZero();
        assertThat(CliTest.json(byRules.out()).get("planner").asText()).isEqualTo(RuleBasedPlanner.NAME);
        assertThat(fake.requests()).hasSize(before + 4);
    }

    @Test
    void aFailingModelIsRetriedThenReportedInOneLineAndNothingIsKept() throws Exception {
        fake.error(503, "The model is overloaded").error(503, "The model is overloaded");
        int before = fake.requests().size();
        int kept = CliTest.json(CliTest.run("plan", "list", "--format", "json", "--data-dir", data)
                        .out())
                .size();

        InProcessCli.Run r =
                CliTest.run("plan", "--goal", GOAL, "--planner", "llm", "--data-dir", data, "--config", config);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(fake.requests()).hasSize(before + 2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err())
                .startsWith("error: openai (" + FakeOpenAiServer.MODEL + ") did not answer after 2 attempts: HTTP 503")
                .doesNotContain("Exception");
        assertThat(CliTest.json(CliTest.run("plan", "list", "--format", "json", "--data-dir", data)
                        .out()))
                .hasSize(kept);
    }

    @Test
    void theLlmPlannerWithoutAModelSaysHowToConfigureOneAndAnUnknownPlannerIsNamed() {
        InProcessCli.Run offline = CliTest.run("plan", "--goal", GOAL, "--planner", "llm", "--data-dir", data);
        InProcessCli.Run unknown = CliTest.run("plan", "--goal", GOAL, "--planner", "oracle", "--data-dir", data);

        assertThat(offline.exit()).isEqualTo(2);
        assertThat(offline.err())
                .startsWith("error: No language model is configured")
                .contains("MARKETPILOT_LLM_PROVIDER");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: The planner must be one of auto, rules, llm, not 'oracle'");
    }
}
