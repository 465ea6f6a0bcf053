package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.demo.DemoCampaign;
import io.marketpilot.app.demo.DemoContent;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Campaigns and Outbox pages in real headless Chromium over the demo's campaign. */
class CampaignsBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        // seeded before the server starts, as marketpilot demo does
        app = TestApp.start(dir, CampaignFixtures.settings(), shop -> {
            DemoContent.generateIfEmpty(shop);
            assertThat(DemoCampaign.seedIfEmpty(shop)).isPresent();
        });
        browser = Browser.start();
        Browser.signIn(browser, app);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void theDemoCampaignsReportShowsTheLiftOverTheHoldoutWithItsInterval() throws Exception {
        browser.get(app.url("/campaigns"));
        assertThat(browser.findElement(By.linkText("Campaigns")).getAttribute("class"))
                .contains("active");
        var row = browser.findElement(By.cssSelector("#campaigns tr[data-id=" + DemoCampaign.ID + "]"));
        assertThat(row.getAttribute("data-status")).isEqualTo("done");
        row.findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("lift-interval")));

        var lift = app.app.campaigns.service.report(DemoCampaign.ID).lift();
        assertThat(browser.findElement(By.id("campaign-name")).getText()).contains("simulated");
        assertThat(browser.findElement(By.id("lift-difference")).getText())
                .startsWith(String.format(java.util.Locale.ROOT, "%+.2f pt", 100 * lift.conversionDifference()));
        assertThat(browser.findElement(By.id("lift-interval")).getText())
                .isEqualTo(String.format(
                        java.util.Locale.ROOT,
                        "%+.2f pt to %+.2f pt",
                        100 * lift.conversionLow(),
                        100 * lift.conversionHigh()));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo(lift.verdict());
        assertThat(browser.findElements(By.cssSelector("#lift tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("not-delivered")).getText())
                .contains("not delivered: stored in the outbox");
        assertThat(browser.findElement(By.id("approved-by")).getText()).contains("demo reviewer");
        Browser.screenshot(browser, "campaign-report.png");
    }

    @Test
    void theCreateFlowReachesTheReviewWithLeftOutCountsFairnessAndMessages() throws Exception {
        browser.get(app.url("/campaigns"));
        browser.findElement(By.id("new-campaign")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-form")));
        browser.findElement(By.id("name")).sendKeys("Browser test offer");
        new Select(browser.findElement(By.id("segment"))).selectByIndex(0);
        assertThat(new Select(browser.findElement(By.id("content"))).getOptions())
                .isNotEmpty();
        browser.findElement(By.id("create-campaign")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("review")));

        assertThat(browser.findElement(By.id("campaign-status")).getText()).isEqualTo("draft");
        assertThat(browser.findElements(By.cssSelector("#left-out tr[data-reason]")))
                .hasSize(7);
        assertThat(browser.findElement(By.cssSelector("#left-out tr[data-reason=no_consent]"))
                        .getText())
                .doesNotEndWith(" 0");
        assertThat(browser.findElements(By.cssSelector("#fairness tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".message-preview"))).isNotEmpty();
        assertThat(browser.findElement(By.id("submit")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "campaign-review.png");

        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("four-eyes")));
        assertThat(browser.findElements(By.id("approve")))
                .as("the author sees no approve button")
                .isEmpty();
    }

    @Test
    void theOutboxSaysItsMessagesWereNotDelivered() {
        browser.get(app.url("/outbox"));
        assertThat(browser.findElement(By.id("outbox-label")).getText())
                .contains("Not delivered: stored in the outbox");
        assertThat(browser.findElements(By.cssSelector("#outbox tbody tr[data-key]")))
                .isNotEmpty();
    }

    @Test
    void theCustomerPageShowsConsentAndCampaignMessages() {
        String recipient = app.app
                .campaigns
                .stores
                .audiences()
                .recipients(DemoCampaign.ID, io.marketpilot.core.page.PageRequest.first(1))
                .items()
                .getFirst();
        browser.get(app.url("/customers/" + recipient));
        assertThat(browser.findElements(By.cssSelector("#consent tr[data-status=opted_in]")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#campaign-messages tr[data-kind=sent]")))
                .hasSize(1);
    }
}
