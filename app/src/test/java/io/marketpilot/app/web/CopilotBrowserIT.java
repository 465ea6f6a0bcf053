package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.demo.DemoCampaign;
import io.marketpilot.app.demo.DemoContent;
import io.marketpilot.app.demo.DemoPlans;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Copilot pages in real headless Chromium over the demo shop with the demo's plans: the list (status, reviewer,
 * predicted recipients, what was measured), a goal typed into the box becoming a plan whose page shows the proposal,
 * the ranges, the reasoning, every stated number beside its tool call and the tool calls with their snapshots; approving
 * it leads to its draft campaign's page; a rejection needs a comment; viewers read without the forms.
 */
class CopilotBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        // seeded as marketpilot demo seeds them, before the server starts
        app = TestApp.start(dir, CampaignSettings.defaults(), shop -> {
            DemoContent.generateIfEmpty(shop);
            assertThat(DemoCampaign.seedIfEmpty(shop)).isPresent();
            assertThat(DemoPlans.seedIfEmpty(shop)).isPresent();
        });
        browser = Browser.start();
        Browser.signIn(browser, app);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theListShowsTheDemosPlansWithStatusReviewerAndPredictedRecipients() {
        browser.get(app.url("/copilot"));
        assertThat(browser.findElement(By.linkText("Copilot")).getAttribute("class"))
                .contains("active");
        PlanView proposed = demoPlan(DemoPlans.PROPOSED_GOAL);
        WebElement row = browser.findElement(By.cssSelector("#plans tr[data-id='" + proposed.id() + "']"));
        Plan.Estimate recipients = proposed.plan().estimates().getFirst();
        assertThat(row.getAttribute("data-status")).isEqualTo("proposed");
        assertThat(row.findElement(By.className("predicted")).getText())
                .isEqualTo(recipients.low() + " to " + recipients.high());
        assertThat(row.findElement(By.className("measured")).getText()).isEqualTo("—");
        assertThat(row.findElement(By.className("reviewer")).getText()).isEqualTo("—");

        WebElement launched = browser.findElement(By.cssSelector("#plans tr[data-status=launched]"));
        assertThat(launched.findElement(By.className("measured")).getText())
                .as("the demo's approved reactivation plan launched a draft campaign and a paused journey")
                .contains("draft campaign plan-")
                .contains("paused journey plan-");

        WebElement rejected = browser.findElement(By.cssSelector("#plans tr[data-status=rejected]"));
        assertThat(rejected.findElement(By.className("reviewer")).getText())
                .startsWith("demo reviewer")
                .contains("no new headset");
    }

    @Test
    void aGoalTypedInTheBoxBecomesAPlanWhoseEveryNumberIsTracedToAToolCall() throws Exception {
        browser.get(app.url("/copilot"));
        browser.findElement(By.id("goal")).sendKeys("Reactivate dormant customers this spring");
        assertThat(text("default-planner")).as("no model is configured").isEqualTo("rule-based/1");
        new Select(browser.findElement(By.id("planner"))).selectByValue("rules");
        browser.findElement(By.id("propose")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-message")));

        PlanView plan = app.app.copilot.list(1).getFirst();
        assertThat(plan.goal()).isEqualTo("Reactivate dormant customers this spring");
        assertThat(browser.getCurrentUrl()).contains("/copilot/" + plan.id() + "?message=");
        assertThat(text("plan-message")).startsWith("Plan " + plan.id() + " proposed by rule-based/1");
        Plan.Proposal p = plan.plan().proposal();
        assertThat(text("plan-status")).isEqualTo("proposed");
        assertThat(text("plan-audience")).isEqualTo(p.audience());
        assertThat(text("plan-offer")).isEqualTo(p.offer());
        assertThat(text("plan-channel")).isEqualTo(p.channel());
        assertThat(text("plan-timing")).isEqualTo(p.timing());
        assertThat(text("plan-brief")).isEqualTo(p.contentBrief());
        assertThat(text("plan-measurement")).isEqualTo(p.measurement());
        assertThat(text("plan-reasoning")).isEqualTo(plan.plan().reasoning());
        assertThat(text("outcome-summary")).startsWith("Nothing measured");

        List<ToolCall> calls = plan.plan().toolCalls();
        List<WebElement> rows = browser.findElements(By.cssSelector("#calls tbody tr"));
        assertThat(rows).hasSize(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            assertThat(rows.get(i).getAttribute("data-tool"))
                    .isEqualTo(calls.get(i).tool());
            assertThat(rows.get(i).findElement(By.className("snapshot")).getText())
                    .isEqualTo(calls.get(i).snapshotId());
        }
        for (WebElement e : browser.findElements(By.cssSelector("#estimates tbody tr"))) {
            String anchor = e.findElement(By.cssSelector("a")).getAttribute("href");
            String target = anchor.substring(anchor.indexOf('#') + 1);
            assertThat(browser.findElement(By.id(target)).getAttribute("data-tool"))
                    .isEqualTo("outlook");
        }

        List<WebElement> numbers = browser.findElements(By.cssSelector("#numbers tbody tr"));
        assertThat(numbers).isNotEmpty();
        assertThat(numbers)
                .as("every stated number names where it came from")
                .allSatisfy(n -> assertThat(n.getAttribute("class")).doesNotContain("flagged"));
        Plan.Estimate recipients = plan.plan().estimates().getFirst();
        WebElement low = browser.findElement(By.cssSelector("#numbers tr[data-number='" + recipients.low() + "']"));
        assertThat(low.getText()).contains("outlook");
        Browser.screenshot(browser, "copilot-plan.png");
        browser.executeScript("arguments[0].scrollIntoView();", browser.findElement(By.id("trace")));
        Browser.screenshot(browser, "copilot-plan-trace.png");
        browser.executeScript("arguments[0].scrollIntoView();", browser.findElement(By.id("tool-calls")));
        Browser.screenshot(browser, "copilot-plan-tool-calls.png");
    }

    private static final By DRAFT_CAMPAIGN = By.cssSelector(".plan-draft[data-kind='draft campaign']");

    @Test
    void approvingAPlanLeadsToItsDraftCampaignAndTheListSaysNothingIsMeasuredYet() throws Exception {
        PlanView plan = app.app.copilot.plan("Grow our loyal high-value customers", "test");
        CopilotApiIT.approvedContentFor(app, plan.plan().proposal().channel());
        browser.get(app.url("/copilot/" + plan.id()));
        browser.findElement(By.id("comment")).sendKeys("good timing");
        browser.findElement(By.id("approve")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(DRAFT_CAMPAIGN));

        String campaignId = "plan-" + plan.id() + "-grow";
        assertThat(text("plan-status")).isEqualTo("launched");
        assertThat(text("plan-message")).startsWith("Draft campaign " + campaignId + " created");
        assertThat(text("plan-reviewer")).contains("test admin").contains("good timing");
        assertThat(browser.findElement(By.cssSelector("#outcome-campaigns tr[data-campaign='" + campaignId + "']"))
                        .getText())
                .contains("not measured yet");
        assertThat(browser.findElements(By.id("approve")))
                .as("a decided plan has no review form")
                .isEmpty();

        assertThat(browser.findElements(By.cssSelector(".plan-draft[data-kind='paused journey']")))
                .as("a plan to grow launches no journey; a win-back does")
                .isEmpty();
        browser.findElement(DRAFT_CAMPAIGN).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-status")));
        assertThat(text("campaign-status")).isEqualTo("draft");
        assertThat(app.app.campaigns.service.get(campaignId).status()).isEqualTo("draft");

        browser.get(app.url("/copilot"));
        assertThat(browser.findElement(By.cssSelector("#plans tr[data-id='" + plan.id() + "'] .measured"))
                        .getText())
                .startsWith("not measured yet (campaign draft)")
                .contains(campaignId);
        Browser.screenshot(browser, "copilot-list.png");
    }

    @Test
    void aRejectionNeedsAComment() {
        PlanView plan = app.app.copilot.plan("Keep everyone engaged", "test");
        browser.get(app.url("/copilot/" + plan.id()));
        browser.findElement(By.id("reject")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-message")));
        assertThat(text("plan-message")).contains("says why");
        assertThat(app.app.copilot.get(plan.id()).status()).isEqualTo("proposed");

        browser.findElement(By.id("comment")).sendKeys("we already wrote to them this week");
        browser.findElement(By.id("reject")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("plan-status"), "rejected"));
        assertThat(text("plan-reviewer")).contains("we already wrote to them this week");
        assertThat(app.app.copilot.get(plan.id()).reviewComment()).isEqualTo("we already wrote to them this week");
    }

    @Test
    void viewersReadPlansWithoutTheFormsAndCannotPostThem() throws Exception {
        String viewer = session(app.key(Role.VIEWER));
        long id = demoPlan(DemoPlans.PROPOSED_GOAL).id();
        HttpResponse<String> list = get("/copilot", viewer);
        HttpResponse<String> page = get("/copilot/" + id, viewer);
        HttpResponse<String> plan = post("/copilot", viewer, "goal=grow", "same-origin");
        HttpResponse<String> approve = post("/copilot/" + id + "/action", viewer, "action=approve", "same-origin");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"plans\"").doesNotContain("id=\"goal-form\"");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"calls\"").doesNotContain("id=\"approve\"");
        assertThat(plan.statusCode()).isEqualTo(403);
        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(app.app.copilot.get(id).status()).isEqualTo("proposed");
    }

    @Test
    void aReviewPostedFromAnotherSiteIsRefused() throws Exception {
        String marketer = session(app.key(Role.MARKETER));
        long id = demoPlan(DemoPlans.PROPOSED_GOAL).id();

        HttpResponse<String> crossSite = post("/copilot/" + id + "/action", marketer, "action=approve", "cross-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(app.app.copilot.get(id).status()).isEqualTo("proposed");
    }

    private static PlanView demoPlan(String goal) {
        return app.app.copilot.list(200).stream()
                .filter(p -> p.goal().equals(goal))
                .findFirst()
                .orElseThrow();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String session(String key) throws Exception {
        return ApiClient.signIn(app, key);
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url(path)))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String cookie, String form, String fetchSite)
            throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url(path)))
                                .header("Cookie", cookie)
                                .header("Sec-Fetch-Site", fetchSite)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
