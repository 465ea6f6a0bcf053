package io.marketpilot.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through its chromedriver; no browser is downloaded. */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("marketpilot.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("marketpilot.test.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": run bin/test (it installs them) or 'apt-get install -y chromium chromium-driver'");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
