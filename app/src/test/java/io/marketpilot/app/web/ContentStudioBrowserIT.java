package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Content studio in real headless Chromium over the sample shop: generate, compare, edit, approve. */
class ContentStudioBrowserIT {
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
    void generateCompareEditAndApproveChineseSmsVariants() throws Exception {
        browser.findElement(By.linkText("Content studio")).click();
        assertThat(browser.findElement(By.id("llm-usage-link")).getAttribute("href"))
                .endsWith("/llm");
        new Select(browser.findElement(By.id("channel"))).selectByValue("sms");
        new Select(browser.findElement(By.id("language"))).selectByValue("zh");
        new Select(browser.findElement(By.id("product"))).selectByValue("CAB-100");
        browser.findElement(By.id("generate")).click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#variants .variant"), 3));
        List<WebElement> cards = browser.findElements(By.cssSelector("#variants .variant"));
        for (WebElement card : cards) {
            assertThat(card.findElement(By.cssSelector(".provenance")).getText())
                    .startsWith("offline/composer · sms · zh");
            assertThat(card.findElement(By.cssSelector("textarea[name=f_text]")).getAttribute("value"))
                    .containsPattern("\\p{IsHan}")
                    .endsWith("回T退订");
            assertThat(card.findElements(By.cssSelector(".scores dt"))).isNotEmpty();
            assertThat(card.findElements(By.cssSelector(".flags li"))).isNotEmpty();
        }
        Browser.screenshot(browser, "content-studio.png");

        String firstId = cards.getFirst().getAttribute("data-id");
        WebElement text = cards.getFirst().findElement(By.cssSelector("textarea[name=f_text]"));
        text.clear();
        text.sendKeys("新品数据线到货，限时优惠。回T退订");
        cards.getFirst().findElement(By.cssSelector("form.fields button")).click();
        WebElement edited = afterReload(cards.getFirst(), firstId);
        assertThat(edited.findElement(By.cssSelector("textarea[name=f_text]")).getAttribute("value"))
                .isEqualTo("新品数据线到货，限时优惠。回T退订");

        edited.findElement(By.cssSelector("form.review input[name=comment]")).sendKeys("好");
        edited.findElement(By.cssSelector("form.review button[value=approve]")).click();
        WebElement approved = afterReload(edited, firstId);
        assertThat(approved.findElement(By.cssSelector("h3 .status")).getText()).isEqualTo("approved");
        assertThat(app.app.content.get(Long.parseLong(firstId)).review().comment())
                .isEqualTo("好");
    }

    @Test
    void aBannedPhraseInAnEditDisablesApproval() {
        browser.get(app.url("/content"));
        new Select(browser.findElement(By.id("channel"))).selectByValue("email");
        browser.findElement(By.id("generate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#variants .variant")));
        WebElement card = browser.findElement(By.cssSelector("#variants .variant"));
        String id = card.getAttribute("data-id");
        WebElement subject = card.findElement(By.cssSelector("textarea[name=f_subject]"));
        subject.clear();
        subject.sendKeys("Results guaranteed");
        card.findElement(By.cssSelector("form.fields button")).click();

        WebElement after = afterReload(card, id);
        assertThat(after.findElement(By.cssSelector(".flag.error")).getText()).contains("banned-phrase");
        assertThat(after.findElement(By.cssSelector("form.review button[value=approve]"))
                        .isEnabled())
                .isFalse();
    }

    /**
     * Whether the page the element belonged to is gone. Chromium's driver reports a node of the unloaded page either
     * as stale or, while the new document is being built, as "does not belong to the document" (a plain
     * WebDriverException that Selenium's stalenessOf does not expect; the suite failed on it once).
     */
    private static boolean detached(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The variant's card on the page the form redirected to (the old card must go first, or we would read it). */
    private static WebElement afterReload(WebElement old, String id) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> detached(old));
        return wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".variant[data-id='" + id + "']")));
    }
}
