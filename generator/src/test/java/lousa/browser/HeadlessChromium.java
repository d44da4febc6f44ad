package lousa.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, as every browser test opens it ({@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}; {@code -Dlousa.chromium=} / {@code -Dlousa.chromedriver=} point elsewhere).
 * A test class without them is skipped, not failed: {@code .ci/run} installs both.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of(System.getProperty("lousa.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("lousa.chromedriver", "/usr/bin/chromedriver"));
    /** The flags the standards ask for, and quiet ones: no first-run page, no updates, no sync. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
            "--disable-sync", "--hide-scrollbars", "--lang=pt-BR");

    private HeadlessChromium() {
    }

    /** Skips the calling test class when Chromium or chromedriver is missing. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does)");
    }

    /** The usual options and {@code extra} flags (a window size, a host resolver rule…), to add capabilities to. */
    public static ChromeOptions options(String... extra) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments(extra);
        return options;
    }

    /** A browser with those options; scripts and page loads may take up to a minute (a 1 000-lesson index). */
    public static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Quits the browser and stops the server, either of which may never have started. */
    public static void stop(WebDriver browser, HttpServer server) {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }
}
