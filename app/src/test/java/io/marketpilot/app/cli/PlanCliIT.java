package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --goal} on the demo shop proposes a traced plan; approving it creates a draft campaign. */
class PlanCliIT {
    @TempDir
    static Path dir;

    static String data;

    @BeforeAll
    static void demoShop() {
        data = dir.resolve("data").toString();
        try (Services app =
                Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0))) {
            DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
            app.segments.run("auto", 42, java.util.Optional.empty());
        }
    }

    @Test
    void aWinBackPlanIsKeptWithItsToolCallsAndApprovalCreatesADraftCampaign() throws Exception {
        InProcessCli.Run planned = CliTest.run(
                "plan", "--goal", "Win back lapsed high-value customers", "--data-dir", data, "--format", "json");
        assertThat(planned.exit()).as(planned.err()).isZero();
        JsonNode plan = CliTest.json(planned.out());
        long id = plan.get("id").asLong();
        assertThat(plan.get("status").asText()).isEqualTo("proposed");
        assertThat(plan.get("plan").get("intent").asText()).isEqualTo("WIN_BACK");
        assertThat(plan.get("plan").get("toolCalls").size()).isGreaterThanOrEqualTo(6);
        assertThat(plan.get("snapshotIds").toString()).contains("segmentation-run:");

        // a campaign sends approved content only: a marketer writes it from the plan's brief and approves it first
        JsonNode proposal = plan.get("plan").get("proposal");
        InProcessCli.Run written = CliTest.run(
                "generate",
                "--data-dir",
                data,
                "--format",
                "json",
                "--channel",
                proposal.get("channel").asText(),
                "--segment",
                proposal.get("segment").asText(),
                "--variants",
                "1",
                "--seed",
                "7");
        assertThat(written.exit()).as(written.err()).isZero();
        String content =
                CliTest.json(written.out()).get("variants").get(0).get("id").asText();
        assertThat(CliTest.run("content", "approve", content, "--reviewer", "reviewer", "--data-dir", data)
                        .exit())
                .isZero();

        InProcessCli.Run approved = CliTest.run(
                "plan", "approve", Long.toString(id), "--data-dir", data, "--as", "reviewer", "--format", "json");
        assertThat(approved.exit()).as(approved.err()).isZero();
        JsonNode approval = CliTest.json(approved.out());
        String campaign = approval.get("campaignId").asText();
        assertThat(campaign).as(approval.get("note").asText()).isEqualTo("plan-" + id + "-win-back");
        assertThat(approval.get("plan").get("status").asText()).isEqualTo("launched");

        InProcessCli.Run campaigns = CliTest.run("campaign", "list", "--data-dir", data);
        assertThat(campaigns.exit()).as(campaigns.err()).isZero();
        assertThat(campaigns.out()).contains(campaign).contains("draft");

        InProcessCli.Run again = CliTest.run("plan", "reject", Long.toString(id), "--data-dir", data);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("only a proposed plan");
        assertThat(CliTest.run("plan", "list", "--help").exit()).isZero();
    }
}
