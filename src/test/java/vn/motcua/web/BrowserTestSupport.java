package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
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
    /** The tablet the browser pretends to be ({@link #tablet}), or {@code null} for the 1366×768 desktop window. */
    private Dimension tablet;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing "
                        + "(apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("motcua-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,768",
                "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
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
        // Whoever the browser was signed in as before (another test of the same browser) is signed out first: the
        // login page of a signed-in browser is not the form.
        browser.manage().deleteAllCookies();
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

    /**
     * Makes the browser a tablet of this CSS size: the viewport, the meta viewport of a mobile browser and a touch
     * screen, through Chromium's own device emulation (a window size alone would keep a mouse and the desktop rules).
     */
    void tablet(int width, int height) {
        tablet = new Dimension(width, height);
        emulate(width, height);
        ((ChromeDriver) browser)
                .executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    private void emulate(int width, int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** What a user notices first on a narrow screen: the page itself never scrolls sideways. */
    void assertNoSidewaysScroll() {
        Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) script("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue())
                .as("page width on %s (scrollWidth vs clientWidth)", browser.getCurrentUrl())
                .isLessThanOrEqualTo(clientWidth.intValue());
    }

    /**
     * Waits until the page has replaced {@code element} (a navigation or an htmx swap). Chromium sometimes reports
     * a node swapped out mid-call as "does not belong to the document" rather than as stale: that is gone too.
     */
    void awaitReplaced(WebElement element) {
        until.until(replaced(element));
    }

    static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> isDetached(element);
    }

    private static boolean isDetached(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException gone) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * A control a user can see and hit: displayed, wholly inside the page's width, and the element a tap at its
     * centre lands on (nothing covers it). Scrolls it into view first, as a user would.
     */
    WebElement usable(By locator) {
        WebElement element = until.until(ExpectedConditions.visibilityOfElementLocated(locator));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        Boolean onTop = (Boolean) script("""
                var e = arguments[0], r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > document.documentElement.clientWidth) {
                  return false;
                }
                // A link that wraps has one box a line: aim at the first, where a finger would.
                var first = e.getClientRects()[0];
                var hit = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
                return hit === e || e.contains(hit) || (hit !== null && hit.control === e);""", element);
        assertThat(onTop)
                .as("%s is visible, inside the page's width and not covered", locator)
                .isTrue();
        return element;
    }

    /**
     * Every table is readable: it sits in its own scrolling box that fits the page, and its text is not shrunk
     * below 13 px. A table wider than its box scrolls there; the page does not.
     */
    void assertTablesReadable() {
        for (WebElement table : browser.findElements(By.cssSelector("main table"))) {
            if (!table.isDisplayed()) {
                continue;
            }
            Boolean fits = (Boolean) script("""
                    var box = arguments[0].closest('.table-scroll');
                    if (!box) { return false; }
                    var style = getComputedStyle(box);
                    return (style.overflowX === 'auto' || style.overflowX === 'scroll')
                        && box.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5;""", table);
            assertThat(fits)
                    .as("table %s scrolls inside its own box", table.getAttribute("id"))
                    .isTrue();
            Number fontSize = (Number) script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", table);
            assertThat(fontSize.doubleValue()).isGreaterThanOrEqualTo(13);
        }
    }

    /**
     * What a person reads in the page's main part and header is words: none of these codes stands alone in it (a
     * code inside a longer word does not count), and no instant is written the ISO way.
     */
    void assertReadsAsWords(String... codes) {
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text)
                .as("ISO instants on %s", browser.getCurrentUrl())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        for (String code : codes) {
            assertThat(text)
                    .as("code %s on %s", code, browser.getCurrentUrl())
                    .doesNotContainPattern(
                            "(?<![\\p{L}\\p{N}_.-])" + java.util.regex.Pattern.quote(code) + "(?![\\p{L}\\p{N}_-])");
        }
    }

    /**
     * The control shows every text it may show whole: each option of a select, or the element's own text, fits the
     * width it is given (measured in the control's own font).
     */
    void assertShowsWholeText(By locator) {
        WebElement element = browser.findElement(locator);
        String cut = (String) script("""
                var e = arguments[0], s = getComputedStyle(e);
                var texts = e.tagName === 'SELECT' ? Array.from(e.options).map(o => o.text) : [e.textContent.trim()];
                var pen = document.createElement('canvas').getContext('2d');
                pen.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
                // A select keeps room for its arrow.
                var room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)
                    - (e.tagName === 'SELECT' ? 16 : 0);
                return texts.find(t => pen.measureText(t).width > room) || null;""", element);
        assertThat(cut).as("text cut off in %s", locator).isNull();
    }

    /** Saves what the browser shows, for the README and for a look at layout and diacritics. */
    void screenshot(String name) throws IOException {
        if (tablet != null) {
            // The whole page at the tablet's width: the emulated screen grows to the page's height for the shot.
            Number height = (Number) script("return document.documentElement.scrollHeight");
            emulate(tablet.getWidth(), Math.max(tablet.getHeight(), height.intValue()));
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            emulate(tablet.getWidth(), tablet.getHeight());
            save(shot, name);
            return;
        }
        // The whole page, not only the 1366×768 viewport: the window grows to the page's height for the shot.
        Dimension viewport = browser.manage().window().getSize();
        Number height = (Number) ((ChromeDriver) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage()
                .window()
                .setSize(new Dimension(viewport.getWidth(), Math.max(viewport.getHeight(), height.intValue() + 120)));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(viewport);
        save(shot, name);
    }

    private static void save(File shot, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
