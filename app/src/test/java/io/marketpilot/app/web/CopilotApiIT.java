package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.demo.DemoCampaign;
import io.marketpilot.app.demo.DemoContent;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.content.ContentItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copilot through the REST API over the demo shop (its content and its campaign, whose consent the plans' reach
 * counts): a marketer asks for a plan, which is kept with its tool calls and listed; approving it creates a draft
 * campaign that the campaigns API shows, and once that campaign has passed its own review and been scheduled, the
 * plan's outcome sets the recipients it predicted beside those the campaign's report counts. A rejection needs a
 * reason; a decided plan cannot be decided again; bad input is answered with a JSON 400. Every answer is checked
 * against the OpenAPI document ({@link ApiClient#call}).
 */
class CopilotApiIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static String marketer;
    static String secondMarketer;
    static String viewer;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir, CampaignFixtures.settings(), shop -> {
            DemoContent.generateIfEmpty(shop);
            assertThat(DemoCampaign.seedIfEmpty(shop)).isPresent();
        });
        marketer = app.key(Role.MARKETER);
        secondMarketer = app.key(Role.MARKETER);
        viewer = app.key(Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ApiClient.Reply call(String method, String path, String key, String body) throws Exception {
        return ApiClient.call(app, method, path, key, body == null ? null : "application/json", body);
    }

    /**
     * Makes sure approved content exists for the channel a plan chose (the demo approves e-mail only), since approval
     * creates the draft campaign only with approved content of the plan's channel.
     */
    static void approvedContentFor(TestApp shop, String channel) {
        if (shop.app.content.approved().stream()
                .anyMatch(c -> c.target().channel().equals(channel))) {
            return;
        }
        var batch = shop.app.content.generate(
                new GenerateRequest(channel, null, "C00010", null, "win back", "friendly", "en", "x", List.of(), 3, 7),
                "test");
        for (ContentItem item : batch.items()) {
            try {
                shop.app.content.approve(item.id(), "test reviewer", "fine");
                return;
            } catch (io.marketpilot.core.MarketPilotException e) {
                // a variant with a guardrail error stays a draft; the next one is approved instead
            }
        }
        throw new AssertionError("no " + channel + " variant of " + batch.batchId() + " could be approved");
    }

    private static JsonNode campaign(String id) throws Exception {
        return call("GET", "/api/v1/campaigns/" + id, viewer, null).body();
    }

    private static JsonNode plan(String goal) throws Exception {
        ApiClient.Reply planned = call("POST", "/api/v1/plans", marketer, "{\"goal\":\"" + goal + "\"}");
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        return planned.body();
    }

    @Test
    void aPlanIsKeptListedApprovedIntoADraftCampaignAndComparedWithWhatTheCampaignMeasured() throws Exception {
        JsonNode plan = plan("Win back lapsed high-value customers before Christmas");
        long id = plan.get("id").asLong();
        assertThat(plan.get("status").asText()).isEqualTo("proposed");
        assertThat(plan.get("planner").asText()).isEqualTo("rule-based/1");
        assertThat(plan.at("/plan/intent").asText()).isEqualTo("WIN_BACK");
        assertThat(plan.at("/plan/toolCalls").size()).isGreaterThanOrEqualTo(6);
        assertThat(plan.get("snapshotIds").toString()).contains("segmentation-run:");
        assertThat(plan.at("/plan/toolCalls/0/figures").size()).isPositive();
        JsonNode recipients = plan.at("/plan/estimates/0");
        assertThat(recipients.get("name").asText()).isEqualTo("recipients");

        ApiClient.Reply list = call("GET", "/api/v1/plans?limit=5", viewer, null);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("goal"))
                .contains(plan.get("goal").asText());
        ApiClient.Reply shown = call("GET", "/api/v1/plans/" + id, viewer, null);
        assertThat(shown.body().get("plan")).isEqualTo(plan.get("plan"));
        ApiClient.Reply before = call("GET", "/api/v1/plans/" + id + "/outcome", viewer, null);
        assertThat(before.body().get("measured").asBoolean()).isFalse();
        assertThat(before.body().get("summary").asText()).startsWith("Nothing measured");

        approvedContentFor(app, plan.at("/plan/proposal/channel").asText());
        ApiClient.Reply refused = call("POST", "/api/v1/plans/" + id + "/approve", viewer, "{}");
        assertThat(refused.status()).as("viewers read plans, marketers decide").isEqualTo(403);
        ApiClient.Reply approved =
                call("POST", "/api/v1/plans/" + id + "/approve", marketer, "{\"comment\":\"worth a try\"}");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        String campaignId = approved.body().get("campaignId").asText();
        assertThat(campaignId).as(approved.body().get("note").asText()).isEqualTo("plan-" + id + "-win-back");
        assertThat(approved.body().at("/plan/status").asText()).isEqualTo("launched");
        assertThat(approved.body().at("/plan/reviewer").asText()).contains("test marketer");
        assertThat(approved.body().at("/plan/launched/0").asText()).isEqualTo("campaign:" + campaignId);
        assertThat(approved.body().get("contentDrafts"))
                .as("approved content existed")
                .isEmpty();

        // a win-back also drafts the always-on half: a journey that nobody enters before a person resumes it
        String journeyId = approved.body().get("journeyId").asText();
        assertThat(journeyId).isEqualTo("plan-" + id + "-win-back");
        assertThat(approved.body().at("/plan/launched/1").asText()).isEqualTo("journey:" + journeyId);
        ApiClient.Reply journey = call("GET", "/api/v1/journeys/" + journeyId, viewer, null);
        assertThat(journey.status()).as(journey.raw()).isEqualTo(200);
        assertThat(journey.body().at("/journey/status").asText()).isEqualTo("paused");
        JsonNode definition =
                new ObjectMapper().readTree(journey.body().get("definition").asText());
        assertThat(definition.at("/trigger/prediction").asText()).isEqualTo("churn_risk");
        assertThat(definition.at("/steps/0/if/segment").asInt())
                .isEqualTo(plan.at("/plan/proposal/segment").asInt());
        assertThat(definition.at("/steps/2/content/ids/0").asLong())
                .as("the journey sends what the campaign sends")
                .isEqualTo(campaign(campaignId).at("/contentIds/0").asLong());
        assertThat(definition.get("holdout").asDouble())
                .isEqualTo(plan.at("/plan/proposal/holdoutShare").asDouble());
        ApiClient.Reply relaunch = call("POST", "/api/v1/plans/" + id + "/launch", marketer, null);
        assertThat(relaunch.status())
                .as("a launched plan does not launch twice")
                .isEqualTo(409);

        ApiClient.Reply campaign = call("GET", "/api/v1/campaigns/" + campaignId, viewer, null);
        assertThat(campaign.status()).as(campaign.raw()).isEqualTo(200);
        assertThat(campaign.body().get("status").asText()).isEqualTo("draft");
        assertThat(campaign.body().get("channel").asText())
                .isEqualTo(plan.at("/plan/proposal/channel").asText());
        assertThat(campaign.body().get("holdoutShare").asDouble())
                .isEqualTo(plan.at("/plan/proposal/holdoutShare").asDouble());
        JsonNode draft =
                call("GET", "/api/v1/plans/" + id + "/outcome", viewer, null).body();
        assertThat(draft.get("measured").asBoolean()).isFalse();
        assertThat(draft.at("/campaigns/0/status").asText()).isEqualTo("draft");
        assertThat(draft.get("summary").asText()).startsWith("Not measured yet: campaign " + campaignId + " is draft");

        // the draft goes through the campaign's own review (four eyes) before anything is measured
        assertThat(call("POST", "/api/v1/campaigns/" + campaignId + "/submit", marketer, null)
                        .status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/campaigns/" + campaignId + "/approve", secondMarketer, "{}")
                        .status())
                .isEqualTo(200);
        ApiClient.Reply scheduled = call("POST", "/api/v1/campaigns/" + campaignId + "/schedule", marketer, null);
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(202);
        JsonNode report = call("GET", "/api/v1/campaigns/" + campaignId + "/report", viewer, null)
                .body();
        JsonNode measured =
                call("GET", "/api/v1/plans/" + id + "/outcome", viewer, null).body();
        assertThat(measured.get("measured").asBoolean()).isTrue();
        assertThat(measured.at("/campaigns/0/recipients").asLong())
                .isEqualTo(report.get("recipients").asLong())
                .isPositive();
        assertThat(measured.at("/campaigns/0/lift")).isEqualTo(report.get("lift"));
        assertThat(measured.get("predicted").get(0)).isEqualTo(recipients);
        assertThat(measured.get("summary").asText())
                .contains("reached " + report.get("recipients").asLong() + " recipients against "
                        + recipients.get("low").asText() + " to "
                        + recipients.get("high").asText() + " predicted")
                .contains(report.at("/lift/verdict").asText());

        ApiClient.Reply again = call("POST", "/api/v1/plans/" + id + "/reject", marketer, "{\"comment\":\"late\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("conflict");
        assertThat(again.body().get("error").asText()).contains("only a proposed plan");
    }

    @Test
    void aRejectionSaysWhyAndIsKeptWithItsReviewer() throws Exception {
        long id = plan("Launch the new headset to active customers").get("id").asLong();

        ApiClient.Reply silent = call("POST", "/api/v1/plans/" + id + "/reject", marketer, null);
        assertThat(silent.status()).as(silent.raw()).isEqualTo(400);
        assertThat(silent.body().get("error").asText()).contains("says why");
        ApiClient.Reply rejected =
                call("POST", "/api/v1/plans/" + id + "/reject", marketer, "{\"comment\":\"no headset yet\"}");
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.body().get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.body().get("reviewer").asText()).contains("test marketer");
        assertThat(rejected.body().get("reviewComment").asText()).isEqualTo("no headset yet");
        assertThat(rejected.body().get("launched")).isEmpty();

        ApiClient.Reply approve = call("POST", "/api/v1/plans/" + id + "/approve", marketer, null);
        assertThat(approve.status()).isEqualTo(409);
        assertThat(call("GET", "/api/v1/plans/" + id + "/outcome", viewer, null)
                        .body()
                        .get("summary")
                        .asText())
                .isEqualTo("Nothing measured: the plan is rejected and launched no campaign.");
    }

    @Test
    void badInputIsAnsweredWithAJson400AndUnknownPlansWithA404() throws Exception {
        for (String body : new String[] {"{\"goal\":", "{\"goal\":\"   \"}", "{}", "[]", null}) {
            ApiClient.Reply r = call("POST", "/api/v1/plans", marketer, body);
            assertThat(r.status()).as(body + ": " + r.raw()).isEqualTo(400);
            assertThat(r.body().get("code").asText()).isEqualTo("invalid_input");
            assertThat(r.body().get("error").asText()).isNotBlank();
        }
        ApiClient.Reply tooLong = call("POST", "/api/v1/plans", marketer, "{\"goal\":\"" + "g".repeat(2_001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("error").asText()).contains("2000");
        assertThat(call("POST", "/api/v1/plans", viewer, "{\"goal\":\"grow\"}").status())
                .as("viewers do not plan")
                .isEqualTo(403);

        long id = plan("Grow loyal customers").get("id").asLong();
        ApiClient.Reply longComment = call(
                "POST", "/api/v1/plans/" + id + "/reject", marketer, "{\"comment\":\"" + "c".repeat(2_001) + "\"}");
        assertThat(longComment.status()).isEqualTo(400);
        assertThat(longComment.body().get("error").asText()).contains("2000");
        assertThat(call("GET", "/api/v1/plans/" + id, viewer, null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("proposed");

        for (String path : new String[] {"/api/v1/plans/999999", "/api/v1/plans/not-a-number/outcome"}) {
            ApiClient.Reply missing = call("GET", path, viewer, null);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.body().get("code").asText()).isEqualTo("not_found");
        }
    }
}
