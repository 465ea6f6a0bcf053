package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in real headless Chromium over the sample shop. */
class DashboardBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
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
    void overviewDrawsTheRevenueChartWithTheStoresMonths() throws Exception {
        browser.get(app.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!(window.marketPilotCharts && window.marketPilotCharts['revenue-chart'])"));

        long points = (Long)
                browser.executeScript("return window.marketPilotCharts['revenue-chart'].data.datasets[0].data.length");
        long months =
                app.app.analytics.revenueByMonth(java.util.Optional.empty()).size();
        assertThat(points).isEqualTo(months).isGreaterThanOrEqualTo(24);
        long painted = (Long) browser.executeScript("const c = document.getElementById('revenue-chart');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;");
        assertThat(painted).as("non-transparent pixels on the chart canvas").isGreaterThan(5_000);
        assertThat(browser.findElement(By.id("kpi-customers")).getText()).isEqualTo("1,500");
        assertThat(browser.findElement(By.id("kpi-at-risk")).getText()).endsWith("customers");
        Browser.screenshot(browser, "overview.png");
    }

    @Test
    void customerSearchFiltersTheTableInPlace() {
        browser.get(app.url("/customers"));
        var search = browser.findElement(By.cssSelector("input[name=q]"));
        search.sendKeys("Taiwan");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#customer-rows tbody tr")).stream()
                        .allMatch(row -> row.getText().contains("Taipei")));

        assertThat(browser.findElements(By.cssSelector("#customer-rows tbody tr")))
                .isNotEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("/customers");
    }

    @Test
    void pagesWithoutASessionGoToTheLogIn() {
        ChromeDriver other = Browser.start();
        try {
            other.get(app.url("/products"));
            assertThat(other.getCurrentUrl()).endsWith("/login");
        } finally {
            other.quit();
        }
    }

    @Test
    void insightsAndPredictionsPagesShowTheirFigures() throws Exception {
        browser.get(app.url("/insights"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!(window.marketPilotCharts && window.marketPilotCharts['sentiment-chart'])"));
        long months =
                (Long) browser.executeScript("return window.marketPilotCharts['sentiment-chart'].data.labels.length");
        assertThat(months).isGreaterThanOrEqualTo(20);
        long emotions = (Long) browser.executeScript(
                "return window.marketPilotCharts['emotion-chart'].data.datasets[0].data.reduce((a, b) => a + b, 0)");
        // every review has an emotion now: the 1,000 English and the 300 Chinese, each by its language's model
        assertThat(emotions)
                .as("reviews with an emotion")
                .isEqualTo(app.app.reviews.count())
                .isEqualTo(1300);
        long aspectBars =
                (Long) browser.executeScript("return window.marketPilotCharts['aspect-chart'].data.labels.length");
        assertThat(aspectBars).isGreaterThanOrEqualTo(10);
        var topicRows = browser.findElements(By.cssSelector("#topics tbody tr"));
        assertThat(topicRows).hasSize(12);
        assertThat(topicRows.get(0).findElements(By.cssSelector(".example"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#rising tbody tr"))).isNotEmpty();
        Browser.screenshot(browser, "insights.png");

        browser.get(app.url("/insights?language=zh&from=2025-01-01"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!(window.marketPilotCharts && window.marketPilotCharts['aspect-chart'])"));
        assertThat(browser.findElements(By.cssSelector("#topics tbody tr")))
                .hasSize(6)
                .allSatisfy(row -> assertThat(row.getText()).startsWith("zh"));
        assertThat(browser.findElement(By.cssSelector("input[name=from]")).getAttribute("value"))
                .isEqualTo("2025-01-01");

        browser.get(app.url("/predictions"));
        assertThat(browser.findElements(By.cssSelector("#at-risk tbody tr a"))).isNotEmpty();
        long forecastWeeks = (Long)
                browser.executeScript(
                        "return window.marketPilotCharts['forecast-chart'].data.datasets[5].data.filter(v => v !== null).length");
        assertThat(forecastWeeks).isEqualTo(12);

        browser.get(app.url("/recommendations?customer=C00010"));
        assertThat(browser.findElements(By.cssSelector("#evaluation tbody tr"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("served-model")).getText()).isIn("item-knn", "als", "content", "hybrid");
        assertThat(browser.findElements(By.cssSelector(".suggestions li a"))).isNotEmpty();
        Browser.screenshot(browser, "recommendations.png");

        browser.get(app.url("/recommendations?product=CAB-100"));
        assertThat(browser.findElements(By.cssSelector(".suggestions li a"))).isNotEmpty();

        browser.get(app.url("/segments"));
        assertThat(browser.findElements(By.cssSelector("#personas .persona"))).hasSizeGreaterThanOrEqualTo(2);
        // No model is configured in the tests, so the page must say the rules wrote the personas.
        assertThat(browser.findElement(By.id("segment-method")).getText()).contains("rule-based-personas/2");
        long mapped = (Long) browser.executeScript(
                "return window.marketPilotCharts['segment-map'].data.datasets.reduce((n, d) => n + d.data.length, 0)");
        assertThat(mapped).isGreaterThan(1000);
        long profiled =
                (Long) browser.executeScript("return window.marketPilotCharts['segment-profile'].data.datasets.length");
        assertThat(profiled)
                .isEqualTo(browser.findElements(By.cssSelector("#personas .persona"))
                        .size());
        Browser.screenshot(browser, "segments.png");
    }

    @Test
    void theLlmUsagePageSaysWhenNoModelIsConfigured() throws Exception {
        browser.get(app.url("/"));
        browser.findElement(By.linkText("LLM usage")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("llm-usage")));

        assertThat(browser.findElement(By.id("llm-status")).getText())
                .contains("No language model is configured", "MARKETPILOT_LLM_PROVIDER=ollama");
        assertThat(browser.findElement(By.cssSelector("#llm-usage tbody")).getText())
                .contains("No calls yet.");
        Browser.screenshot(browser, "llm-usage.png");
    }

    @Test
    void theDataPageRebuildsAModelWhenAskedAndListsTheBuild() {
        browser.get(app.url("/data"));
        browser.findElement(By.cssSelector("#model-recommendations button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/data#models"));

        assertThat(app.app.jobs.recent()).anySatisfy(run -> {
            assertThat(run.model()).isEqualTo("recommendations");
            assertThat(run.reason()).startsWith("asked by");
        });
        assertThat(browser.findElement(By.id("models")).getText()).contains("asked by");
    }

    @Test
    void theClassifiersPageTrainsOnPastedExamplesInTheBackgroundAndListsTheVersion() throws Exception {
        browser.get(app.url("/classifiers"));
        browser.findElement(By.cssSelector("#train-classifier input[name=name]"))
                .sendKeys("parcel-reasons");
        StringBuilder csv = new StringBuilder("label,text\n");
        for (int i = 0; i < 6; i++) {
            csv.append("late,the parcel number ").append(i).append(" is still not here\n");
            csv.append("broken,item ").append(i).append(" arrived cracked and broken\n");
        }
        browser.findElement(By.cssSelector("#train-classifier textarea[name=csv]"))
                .sendKeys(csv);
        browser.findElement(By.cssSelector("#train-classifier input[name=ngrams-only]"))
                .click();
        browser.findElement(By.cssSelector("#train-classifier button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("classifier-message")));
        assertThat(browser.findElement(By.id("classifier-message")).getText()).contains("12 examples");

        assertThat(app.app.jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
        browser.get(app.url("/classifiers"));
        var row = browser.findElement(By.cssSelector(".classifier[data-name=parcel-reasons] tr[data-version='1']"));
        assertThat(row.getText()).contains("broken, late").contains("active");
        browser.get(app.url("/insights?language=en"));
        var counted =
                browser.findElements(By.cssSelector("#review-classes table[data-classifier=parcel-reasons] tbody tr"));
        assertThat(counted)
                .as("the classifier's labels over the stored English reviews")
                .isNotEmpty();
        assertThat(app.app.classifiers.classify("parcel-reasons", java.util.List.of("it arrived cracked")))
                .first()
                .isInstanceOfSatisfying(
                        io.marketpilot.text.classify.ClassifierOutcome.Classified.class,
                        c -> assertThat(c.prediction().label()).isEqualTo("broken"));
        Browser.screenshot(browser, "classifiers.png");
    }
}
