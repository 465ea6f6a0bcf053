package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.demo.DemoKnowledgeBase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The support widget embedded in a page, in real headless Chromium: a visitor asks, gets a cited answer, asks for
 * a person; an agent answers from the dashboard's Support page; the visitor sees the reply in the widget.
 */
class SupportWidgetBrowserIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
        DemoKnowledgeBase.load(app.app);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void aVisitorGetsACitedAnswerEscalatesAndSeesTheAgentsReply() throws Exception {
        // The widget and the Support page re-render their messages as replies arrive, so an element found in one
        // poll can be replaced before its text is read: such a poll simply tries again.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        browser.get(app.url("/static/widget-demo.html"));
        String shopTab = browser.getWindowHandle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mp-chat-button")))
                .click();

        ask("How long do I have to return an item?");
        var answer = wait.until(d -> d.findElements(By.cssSelector(".mp-msg.assistant[data-seq]")).stream()
                .findFirst()
                .orElse(null));
        assertThat(answer.getText()).contains("30 days").containsPattern("Source: \\[1] faq\\.csv#\\d+");
        assertThat(answer.getAttribute("data-citations")).matches("faq\\.csv#\\d+");

        browser.findElement(By.id("mp-chat-human")).click();
        wait.until(d ->
                d.findElements(By.cssSelector(".mp-msg.assistant[data-seq]")).size() >= 2);
        assertThat(browser.findElements(By.cssSelector(".mp-msg.assistant[data-seq]"))
                        .getLast()
                        .getText())
                .contains("colleague");
        Browser.screenshot(browser, "support-widget.png");

        WebDriver agent = browser.switchTo().newWindow(WindowType.TAB);
        Browser.signIn(agent, app);
        agent.get(app.url("/support"));
        agent.findElement(By.cssSelector("#queue tbody tr a")).click();
        assertThat(agent.findElement(By.id("transcript")).getText())
                .contains("How long do I have to return an item?")
                .contains("30 days");
        agent.findElement(By.id("reply-text")).sendKeys("Hi, this is the support team: happy to help!");
        agent.findElement(By.id("reply-send")).click();
        wait.until(d -> d.findElement(By.id("transcript")).getText().contains("happy to help"));
        Browser.screenshot(browser, "support-page.png");

        browser.switchTo().window(shopTab);
        var reply = wait.until(d -> d.findElements(By.cssSelector(".mp-msg.agent")).stream()
                .findFirst()
                .orElse(null));
        assertThat(reply.getText()).contains("Support agent").contains("Hi, this is the support team: happy to help!");
    }

    private static void ask(String question) {
        browser.findElement(By.id("mp-chat-input")).sendKeys(question);
        browser.findElement(By.id("mp-chat-send")).click();
    }
}
