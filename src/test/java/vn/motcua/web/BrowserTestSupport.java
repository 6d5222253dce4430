package vn.motcua.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.support.ApiTestSupport;

/**
 * The web desk in a real browser: Debian's headless Chromium through its chromedriver, against the whole
 * application on a random port (the same Spring context as the API tests). Skipped, with a message, where
 * {@code /usr/bin/chromedriver} is missing; {@code .ci/run} installs it, so CI runs them.
 */
@Tag("browser")
abstract class BrowserTestSupport extends ApiTestSupport {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Where screenshots go: target/screenshots, so that a test run never changes the work tree;
     * {@code -Dmotcua.screenshots=docs/screenshots} refreshes the README's pictures.
     */
    static final Path SCREENSHOTS = Path.of(System.getProperty("motcua.screenshots", "target/screenshots"));

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait until;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing "
                        + "(apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("motcua-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        until = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    void signIn(String user) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        until.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Saves what the browser shows, for the README and for a look at layout and diacritics. */
    void screenshot(String name) throws IOException {
        // The whole page, not only the 1366×768 viewport: the window grows to the page's height for the shot.
        Dimension viewport = browser.manage().window().getSize();
        Number height = (Number) ((ChromeDriver) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(viewport.getWidth(), Math.max(viewport.getHeight(), height.intValue() + 120)));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(viewport);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
