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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --goal} on the demo shop proposes a traced plan; approving it creates a draft campaign and, for a
 * win-back, a paused journey. Without approved content, approval drafts variants from the brief instead and the plan
 * launches once one is approved (that test runs first, before the other writes any content).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void withoutApprovedContentApprovalDraftsItFromTheBriefAndThePlanLaunchesOnceOneIsApproved() throws Exception {
        InProcessCli.Run planned =
                CliTest.run("plan", "--goal", "Reactivate dormant customers", "--data-dir", data, "--format", "json");
        assertThat(planned.exit()).as(planned.err()).isZero();
        String id = CliTest.json(planned.out()).get("id").asText();
        InProcessCli.Run early = CliTest.run("plan", "launch", id, "--data-dir", data);
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("only an approved plan");

        InProcessCli.Run approved =
                CliTest.run("plan", "approve", id, "--data-dir", data, "--as", "reviewer", "--format", "json");
        assertThat(approved.exit()).as(approved.err()).isZero();
        JsonNode approval = CliTest.json(approved.out());
        assertThat(approval.at("/plan/status").asText()).isEqualTo("approved");
        assertThat(approval.get("campaignId").isNull()).as(approval.toString()).isTrue();
        assertThat(approval.get("contentDrafts")).hasSize(3);
        assertThat(approval.get("note").asText()).contains("draft variants were written from the plan's content brief");
        InProcessCli.Run tooSoon = CliTest.run("plan", "launch", id, "--data-dir", data);
        assertThat(tooSoon.exit()).isEqualTo(2);
        assertThat(tooSoon.err()).contains("No approved");

        // a variant with a guardrail error stays a draft; the first one a reviewer can approve is approved
        boolean approvedOne = false;
        for (JsonNode draft : approval.get("contentDrafts")) {
            if (!approvedOne) {
                approvedOne = CliTest.run("content", "approve", draft.asText(), "--reviewer", "r2", "--data-dir", data)
                                .exit()
                        == 0;
            }
        }
        assertThat(approvedOne).as("one of the drafted variants passes review").isTrue();
        InProcessCli.Run launched = CliTest.run("plan", "launch", id, "--data-dir", data, "--format", "json");
        assertThat(launched.exit()).as(launched.err()).isZero();
        JsonNode launch = CliTest.json(launched.out());
        assertThat(launch.at("/plan/status").asText()).isEqualTo("launched");
        assertThat(launch.get("campaignId").asText()).isEqualTo("plan-" + id + "-reactivate");
        assertThat(launch.get("journeyId").asText()).isEqualTo("plan-" + id + "-reactivate");

        InProcessCli.Run journeys = CliTest.run("journey", "list", "--data-dir", data, "--format", "csv");
        assertThat(journeys.exit()).as(journeys.err()).isZero();
        assertThat(journeys.out().lines().filter(l -> l.contains("plan-" + id + "-reactivate")))
                .singleElement()
                .asString()
                .contains("paused");
    }

    @Test
    @Order(2)
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
        assertThat(approval.get("journeyId").asText()).isEqualTo("plan-" + id + "-win-back");

        InProcessCli.Run campaigns = CliTest.run("campaign", "list", "--data-dir", data);
        assertThat(campaigns.exit()).as(campaigns.err()).isZero();
        assertThat(campaigns.out()).contains(campaign).contains("draft");

        InProcessCli.Run again = CliTest.run("plan", "reject", Long.toString(id), "--data-dir", data);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("only a proposed plan");
        assertThat(CliTest.run("plan", "list", "--help").exit()).isZero();
    }
}
