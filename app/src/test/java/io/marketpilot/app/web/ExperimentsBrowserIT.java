package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.demo.DemoExperiments;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Experiments pages in real headless Chromium over the demo's simulated experiments. */
class ExperimentsBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
        DemoExperiments.seedIfEmpty(app.app);
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
    void theListShowsRunningAndDecidedExperiments() {
        browser.get(app.url("/experiments"));
        var rows = browser.findElements(By.cssSelector("#experiments tbody tr"));
        assertThat(rows).hasSize(app.app.experiments.list().size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("#experiments tr[data-status=running]")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#experiments tr[data-status=decided]")))
                .isNotEmpty();
        assertThat(browser.findElement(By.linkText("Experiments")).getAttribute("href"))
                .endsWith("/experiments");
    }

    @Test
    void aResultPageDrawsCumulativeSequentialAndPosteriorChartsWithTheRecommendation() throws Exception {
        browser.get(app.url("/experiments/homepage-hero"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!(window.marketPilotCharts && window.marketPilotCharts['posterior-chart'])"));
        var report = app.app.experimentReports.report("homepage-hero", 90).report();
        long days =
                (Long) browser.executeScript("return window.marketPilotCharts['cumulative-chart'].data.labels.length");
        assertThat(days).isEqualTo(report.days().size()).isGreaterThanOrEqualTo(14);
        long lines = (Long)
                browser.executeScript("return window.marketPilotCharts['cumulative-chart'].data.datasets.length");
        assertThat(lines).isEqualTo(2);
        long band = (Long) browser.executeScript("return window.marketPilotCharts['sequential-chart'].data.datasets"
                + ".filter(d => d.label.indexOf('confidence sequence') >= 0)[0].data.filter(v => v !== null).length");
        assertThat(band).isGreaterThan(5);
        assertThat(browser.findElement(By.id("recommendation")).getText())
                .contains(report.recommendation().text().substring(0, 20));
        assertThat(browser.findElements(By.cssSelector("#arms tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("method")).getText()).contains("mixture SPRT");
        Browser.screenshot(browser, "experiment.png");
    }

    @Test
    void aDecidedCampaignShowsItsRoundAndTheRevenueTestItsCuped() throws Exception {
        browser.get(app.url("/experiments/welcome-subject"));
        assertThat(browser.findElement(By.id("decision")).getText()).contains("Ship");
        assertThat(browser.findElements(By.cssSelector("#rounds tbody tr"))).hasSize(1);
        // the loop asked content generation for challengers; they wait in the next round for a person's approval
        assertThat(browser.findElement(By.cssSelector("#rounds tbody tr")).getText())
                .contains("by content/offline/composer")
                .contains("approve challengers, then start");
        Browser.screenshot(browser, "experiment-decided.png");

        browser.get(app.url("/experiments/loyalty-offer"));
        assertThat(browser.findElement(By.id("cuped")).getText()).contains("variance reduced");

        browser.get(app.url("/experiments/banner-bandit"));
        assertThat(browser.findElements(By.cssSelector("#bandit-arms tbody tr")))
                .hasSize(3);
    }

    @Test
    void theTargetedDemoExperimentHoldsOnlyItsSegmentsCustomers() {
        var run = app.app.segments.latest().orElseThrow();
        int segment = Integer.parseInt(app.app.segments.largestSegment().orElseThrow());
        long members = app.app.segments.members(run.run().id()).stream()
                .filter(m -> m.segment() == segment)
                .count();

        browser.get(app.url("/experiments/members-offer"));

        assertThat(browser.findElement(By.id("target-segment")).getText()).isEqualTo(run.segmentName(segment));
        var report = app.app.experimentReports.report("members-offer", 90).report();
        assertThat(report.arms().stream().mapToLong(a -> a.units()).sum()).isEqualTo(members);
    }
}
