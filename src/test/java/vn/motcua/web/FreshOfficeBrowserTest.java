package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.motcua.clock.SandboxClock;

/**
 * Issue 21's acceptance walk: an office installed from nothing, run through its pages alone. A fresh database (H2,
 * or with {@code -Pmariadb} a MariaDB database dropped and created for the run), no demo profile, and
 * {@code MOTCUA_ADMIN_PASSWORD}: the administrator signs in, chooses his own password, sets up a commune with a
 * department and its three members of staff, imports the sample national catalog; a birth registration from that
 * catalog goes from the commune's desk to its return; the administration log shows every change with before and
 * after. Its own Spring context, since the shared one carries the demo office.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "MOTCUA_ADMIN_PASSWORD=" + FreshOfficeBrowserTest.FIRST_PASSWORD,
            "motcua.office.root-code=TINH-SEN",
            "motcua.office.root-name=Ủy ban nhân dân tỉnh Sen"
        })
@ActiveProfiles(resolver = FreshOfficeBrowserTest.WithoutDemo.class)
class FreshOfficeBrowserTest {

    static final String FIRST_PASSWORD = "Cai-dat-lan-dau-2026";
    private static final String ADMIN_PASSWORD = "Quan-tri-tinh-Sen-2026";
    private static final String STAFF_PASSWORD = "Mat-khau-xa-Sen-2026";
    private static final String UNIT = "XA-SEN";
    private static final String DEPARTMENT = "XA-SEN-TU-PHAP";
    private static final String CLERK = "motcua.sen";
    private static final String HANDLER = "tuphap.sen";
    private static final String APPROVER = "chutich.sen";
    private static final String BIRTH_REGISTRATION = "1.001193";
    private static final String NO_FEE = "Không thu phí";

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String MARIADB_DATABASE = "motcua_walk_fresh";

    /** The suite's profiles without {@code demo}: {@code test}, and {@code mysql} when the suite runs on MariaDB. */
    static class WithoutDemo implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return onMariaDb() ? new String[] {"test", "mysql"} : new String[] {"test"};
        }
    }

    static boolean onMariaDb() {
        return Arrays.asList(System.getProperty("spring.profiles.active", "").split(","))
                .contains("mysql");
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        if (onMariaDb()) {
            try (Connection server = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                    Statement sql = server.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
                sql.execute("CREATE DATABASE " + MARIADB_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:3306/" + MARIADB_DATABASE);
            registry.add("spring.datasource.username", () -> "root");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:freshoffice;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            registry.add("spring.datasource.username", () -> "sa");
        }
        registry.add("spring.datasource.password", () -> "");
    }

    @LocalServerPort
    int port;

    @Autowired
    SandboxClock sandbox;

    private WebDriver browser;
    private WebDriverWait until;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: /usr/bin/chromedriver or /usr/bin/chromium is missing");
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
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        until = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
        sandbox.reset();
    }

    @Test
    void anOfficeInstalledFromNothingReceivesAndReturnsADossierOfTheImportedCatalog() {
        // A Tuesday morning: a same-day procedure is due today, whatever day the suite runs.
        sandbox.moveTo(OffsetDateTime.parse("2026-03-10T08:30:00+07:00").toInstant(), true);

        signIn("admin", FIRST_PASSWORD);
        until.until(ExpectedConditions.urlContains("/me/password"));
        assertThat(browser.findElement(By.id("password-required")).isDisplayed())
                .isTrue();
        type(By.id("current"), FIRST_PASSWORD);
        type(By.id("next"), ADMIN_PASSWORD);
        type(By.id("repeat"), ADMIN_PASSWORD);
        browser.findElement(By.id("password-submit")).click();
        until.until(ExpectedConditions.not(ExpectedConditions.urlContains("/me/password")));

        open("/admin/units");
        browser.findElement(By.id("new-unit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-submit")));
        type(By.id("code"), UNIT);
        type(By.id("agencyCode"), "000.00.41.H60");
        type(By.id("name"), "Ủy ban nhân dân xã Sen");
        new Select(browser.findElement(By.id("kind"))).selectByValue("COMMUNE");
        new Select(browser.findElement(By.id("parentCode"))).selectByValue("TINH-SEN");
        browser.findElement(By.id("unit-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        open("/admin/departments/new");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(UNIT);
        type(By.id("code"), DEPARTMENT);
        type(By.id("name"), "Bộ phận Tư pháp - Hộ tịch xã Sen");
        type(By.id("kind"), "TU-PHAP");
        browser.findElement(By.id("department-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        member(CLERK, "Nguyễn Thị Một Cửa", "CLERK", false);
        member(HANDLER, "Trần Văn Tư Pháp", "HANDLER", true);
        member(APPROVER, "Lê Thị Chủ Tịch", "APPROVER", true);

        open("/admin/catalog-import");
        browser.findElement(By.id("catalog-file"))
                .sendKeys(Path.of("config/catalog/thu-tuc-mau.csv")
                        .toAbsolutePath()
                        .toString());
        browser.findElement(By.id("catalog-preview")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-created")));
        List<String> toCreate = texts(By.cssSelector("#catalog-created li"));
        assertThat(toCreate).contains(BIRTH_REGISTRATION);
        // The commune has only its civil-status department: the rest of the catalog waits for its departments.
        assertThat(browser.findElement(By.id("catalog-refused")).getText())
                .contains("no unit has a department TC-KH")
                .doesNotContain(BIRTH_REGISTRATION);
        // The preview wrote nothing: the import itself creates them.
        browser.findElement(By.id("catalog-file"))
                .sendKeys(Path.of("config/catalog/thu-tuc-mau.csv")
                        .toAbsolutePath()
                        .toString());
        WebElement preview = browser.findElement(By.id("catalog-result"));
        browser.findElement(By.id("catalog-apply")).click();
        // The preview's page holds the same ids: wait for the import's own page.
        until.until(BrowserTestSupport.replaced(preview));
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("catalog-created")));
        assertThat(texts(By.cssSelector("#catalog-created li"))).isEqualTo(toCreate);
        open("/admin/procedures");
        assertThat(browser.findElement(By.id("main")).getText()).contains(BIRTH_REGISTRATION);
        signOut();

        signIn(CLERK, STAFF_PASSWORD);
        open("/desk/intake");
        type(By.id("procedure-search"), "khai sinh");
        until.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".choose-procedure[data-code='" + BIRTH_REGISTRATION + "']")))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist input[name=documents]")));
        for (WebElement document : browser.findElements(By.cssSelector("#checklist input[name=documents]"))) {
            document.click();
        }
        type(By.id("applicant.fullName"), "Phạm Văn Sen");
        type(By.id("applicant.idNumber"), "060190012345");
        type(By.id("applicant.phone"), "0912000111");
        type(By.id("applicant.address"), "Thôn Đông, xã Sen");
        // Birth registration on time is free: the checklist says so, and no payment is asked.
        assertThat(browser.findElement(By.id("checklist")).getText()).contains(NO_FEE);
        browser.findElement(By.id("intake-submit")).click();
        until.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("receipt-link")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .error, main .alert.error"))));
        assertThat(texts(By.cssSelector("main .error, main .alert.error")))
                .as("errors on the intake page")
                .isEmpty();
        String code = browser.getCurrentUrl().replaceAll(".*/dossiers/([^?]+).*", "$1");
        assertThat(code).startsWith("000.00.41.H60-260310-");
        signOut();

        complete(HANDLER, code, "PROPOSE_RESULT");
        complete(APPROVER, code, "SIGN");

        signIn(CLERK, STAFF_PASSWORD);
        open("/desk");
        until.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//table[@id='returns']//tr[td/a[text()='" + code + "']]//a[contains(@href,'/tasks/')]")))
                .click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("receivedBy")));
        type(By.id("receivedBy"), "Phạm Văn Sen");
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.urlContains("/dossiers/" + code));
        until.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đã trả kết quả"));
        signOut();

        signIn("admin", ADMIN_PASSWORD);
        open("/admin/log");
        List<WebElement> rows = browser.findElements(By.cssSelector("#log-table tbody tr"));
        assertThat(rows)
                .extracting(row -> kind(row) + " " + cells(row).get(3))
                .contains(
                        "UNIT_CREATED " + UNIT,
                        "DEPARTMENT_CREATED " + DEPARTMENT,
                        "STAFF_CREATED " + CLERK,
                        "STAFF_CREATED " + HANDLER,
                        "STAFF_CREATED " + APPROVER,
                        "PROCEDURE_IMPORTED " + BIRTH_REGISTRATION);
        for (WebElement row : rows) {
            if ("admin".equals(cell(row, 1).getAttribute("data-actor"))) {
                assertThat(cells(row).get(5))
                        .as("after of %s %s", kind(row), cells(row).get(3))
                        .startsWith("{");
            }
        }
        WebElement unitRow = rows.stream()
                .filter(row ->
                        kind(row).equals("UNIT_CREATED") && cells(row).get(3).equals(UNIT))
                .findFirst()
                .orElseThrow();
        // The log reads as words: the kind of change and who made it.
        assertThat(cells(unitRow).get(2)).isEqualTo("Tạo đơn vị");
        assertThat(cells(unitRow).get(1)).isEqualTo("Quản trị hệ thống");
        assertThat(cells(unitRow).get(5)).contains("Ủy ban nhân dân xã Sen", "COMMUNE", "TINH-SEN");
    }

    /** A handler or approver takes the dossier's task from his list and completes it with this outcome. */
    private void complete(String user, String code, String outcome) {
        signIn(user, STAFF_PASSWORD);
        open("/tasks");
        By row = By.cssSelector("#task-list tr[data-dossier='" + code + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.findElement(row).findElement(By.cssSelector("button.claim")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        browser.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]"))
                .click();
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.urlMatches(".*/tasks$"));
        until.until(ExpectedConditions.invisibilityOfElementLocated(row));
        signOut();
    }

    private void member(String username, String fullName, String role, boolean inDepartment) {
        open("/admin/staff/new");
        type(By.id("username"), username);
        type(By.id("fullName"), fullName);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(UNIT);
        if (inDepartment) {
            WebElement department = until.until(ExpectedConditions.elementToBeClickable(By.id("dep-" + DEPARTMENT)));
            department.click();
        }
        type(By.id("password"), STAFF_PASSWORD);
        browser.findElement(By.id("staff-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
    }

    private void signIn(String user, String password) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        until.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        until.until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    private List<String> texts(By locator) {
        return browser.findElements(locator).stream().map(WebElement::getText).toList();
    }

    private static WebElement cell(WebElement row, int index) {
        return row.findElements(By.tagName("td")).get(index);
    }

    /** The code of a log row's kind of change, which the page shows in words. */
    private static String kind(WebElement row) {
        return cell(row, 2).getAttribute("data-kind");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
