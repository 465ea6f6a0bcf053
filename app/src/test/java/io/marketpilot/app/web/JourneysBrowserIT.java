package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.demo.DemoCampaign;
import io.marketpilot.app.demo.DemoContent;
import io.marketpilot.app.demo.DemoJourneys;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.core.access.Role;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Journeys pages in real headless Chromium over the demo's three journeys: the list, a journey's step list with
 * the report's counts and its lift over the holdout, the JSON editor (Validate names each problem's path, Apply stores
 * version 2), pause and resume, and the role and cross-site rules of the dashboard's other forms.
 */
class JourneysBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        // seeded before the server starts, as marketpilot demo does
        app = TestApp.start(dir, CampaignSettings.defaults(), shop -> {
            DemoContent.generateIfEmpty(shop);
            assertThat(DemoCampaign.seedIfEmpty(shop)).isPresent();
            assertThat(DemoJourneys.seedIfEmpty(shop)).isPresent();
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
    void theListShowsTheThreeDemoJourneysWithWhatTheirReportsCount() {
        browser.get(app.url("/journeys"));
        assertThat(browser.findElement(By.linkText("Journeys")).getAttribute("class"))
                .contains("active");
        for (String id : DemoJourneys.IDS) {
            WebElement row = browser.findElement(By.cssSelector("#journeys tr[data-id=" + id + "]"));
            JourneyReport r = app.app.journeys.service.report(id);
            assertThat(row.getAttribute("data-status")).isIn("active", "paused");
            assertThat(row.findElement(By.className("entered")).getText())
                    .isEqualTo(count(r.entered() + r.holdoutEntered()))
                    .isNotEqualTo("0");
            assertThat(row.findElement(By.className("converted")).getText())
                    .isEqualTo(count(r.converted() + r.holdoutConverted()));
        }
    }

    @Test
    void aJourneysPageShowsEachStepWithTheReportsCountsAndTheLiftWithItsInterval() throws Exception {
        browser.get(app.url("/journeys"));
        browser.findElement(By.cssSelector("#journeys tr[data-id=abandoned-cart] a"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));

        JourneyReport report = app.app.journeys.service.report("abandoned-cart");
        List<WebElement> rows = browser.findElements(By.cssSelector("#steps tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-step")).containsExactly("grace", "reminder", "linger");
        for (int i = 0; i < rows.size(); i++) {
            JourneyReport.StepFigures s = report.steps().get(i);
            WebElement row = rows.get(i);
            assertThat(cell(row, "entered"))
                    .as(s.stepId())
                    .isEqualTo(s.entered())
                    .isPositive();
            assertThat(cell(row, "waiting")).as(s.stepId()).isEqualTo(s.waiting());
            assertThat(cell(row, "sent")).as(s.stepId()).isEqualTo(s.sent());
            assertThat(cell(row, "not-sent")).as(s.stepId()).isEqualTo(s.notSent());
            assertThat(cell(row, "held-out")).as(s.stepId()).isEqualTo(s.heldOut());
            assertThat(cell(row, "converted")).as(s.stepId()).isEqualTo(s.converted());
            assertThat(cell(row, "exited")).as(s.stepId()).isEqualTo(s.exited());
        }
        assertThat(rows.get(1).getText()).contains("send email content #");
        assertThat(browser.findElement(By.id("lift-difference")).getText())
                .startsWith(String.format(Locale.ROOT, "%+.2f pt", 100 * report.conversionDifference()));
        assertThat(browser.findElement(By.id("lift-interval")).getText())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "%+.2f pt to %+.2f pt",
                        100 * report.conversionLow(),
                        100 * report.conversionHigh()));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo(report.verdict());
        Browser.screenshot(browser, "journey-report.png");
    }

    @Test
    void validateListsEveryProblemWithItsJsonPathAndKeepsTheText() {
        browser.get(app.url("/journeys/new"));
        String bad = "{\"id\":\"bad id\",\"name\":\"B\",\"trigger\":{\"type\":\"event\",\"event\":\"x\"},"
                + "\"steps\":[{\"id\":\"a\",\"type\":\"wait\",\"duration\":\"soon\"}],\"colour\":\"red\"}";
        type(bad);
        browser.findElement(By.id("validate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));

        assertThat(browser.findElements(By.cssSelector("#problems li")))
                .extracting(li -> li.getAttribute("data-path"))
                .contains("$.id", "$.steps[0].duration", "$.colour");
        assertThat(browser.findElement(By.id("journey-json")).getAttribute("value"))
                .isEqualTo(bad);
        assertThat(app.app.journeys.service.list()).noneMatch(j -> j.id().equals("bad id"));
    }

    @Test
    void editingTheWelcomeSeriesAndApplyingStoresVersionTwo() {
        int before = app.app.journeys.service.show("welcome").journey().latestVersion();
        browser.get(app.url("/journeys/welcome"));
        String json = browser.findElement(By.id("journey-json")).getAttribute("value");
        assertThat(json).contains("\"PT2H\"");
        type(json.replace("\"PT2H\"", "\"PT3H\""));
        browser.findElement(By.id("validate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("editor-outcome")));
        assertThat(browser.findElement(By.id("editor-outcome")).getText()).isEqualTo("valid: journey welcome");

        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("journey-message")));

        var shown = app.app.journeys.service.show("welcome");
        assertThat(before).isEqualTo(1);
        assertThat(shown.journey().latestVersion()).isEqualTo(2);
        assertThat(shown.definition()).contains("PT3H");
        assertThat(browser.findElement(By.id("journey-message")).getText()).contains("Stored version 2");
        assertThat(browser.findElement(By.id("journey-version")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#versions li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#steps tr[data-step=settle]"))
                        .getText())
                .contains("wait 3 hours");
    }

    @Test
    void pauseAndResumeFromTheJourneysPage() {
        browser.get(app.url("/journeys/win-back"));
        browser.findElement(By.id("pause")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("resume")));
        assertThat(browser.findElement(By.id("journey-status")).getText()).isEqualTo("paused");
        assertThat(app.app.journeys.service.show("win-back").journey().status()).isEqualTo("paused");

        browser.findElement(By.id("resume")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pause")));
        assertThat(app.app.journeys.service.show("win-back").journey().status()).isEqualTo("active");
    }

    @Test
    void viewersReadWithoutTheEditorAndCannotPostIt() throws Exception {
        String viewer = session(app.key(Role.VIEWER));
        HttpResponse<String> page = get("/journeys/abandoned-cart", viewer);
        HttpResponse<String> post = postEditor(viewer, "same-origin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"steps\"")
                .doesNotContain("journey-editor")
                .doesNotContain("id=\"pause\"");
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        String marketer = session(app.key(Role.MARKETER));
        HttpResponse<String> crossSite = postEditor(marketer, "cross-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(app.app.journeys.service.list()).noneMatch(j -> j.id().equals("csrf-journey"));
        // the same form from the dashboard itself stores the journey
        HttpResponse<String> sameSite = postEditor(marketer, "same-origin");
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(app.app.journeys.service.list()).anyMatch(j -> j.id().equals("csrf-journey"));
    }

    private static long cell(WebElement row, String column) {
        return Long.parseLong(row.findElement(By.className(column)).getText().replace(",", ""));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Replaces the editor's text, as typing it would. */
    private static void type(String json) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("journey-json")), json);
    }

    private static String session(String key) throws Exception {
        HttpResponse<String> signIn = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/login")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url(path)))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postEditor(String cookie, String fetchSite) throws Exception {
        String json = "{\"id\":\"csrf-journey\",\"name\":\"C\",\"trigger\":{\"type\":\"event\",\"event\":\"x\"},"
                + "\"steps\":[{\"id\":\"a\",\"type\":\"wait\",\"duration\":\"P1D\"}]}";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/journeys/editor")))
                                .header("Cookie", cookie)
                                .header("Sec-Fetch-Site", fetchSite)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("action=apply&journey=&json="
                                        + URLEncoder.encode(json, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
