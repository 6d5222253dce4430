package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Each role's main page on a tablet, portrait (768×1024) and landscape (1024×768), as a touch screen: the page
 * never scrolls sideways, the controls of the day's work are visible and can be hit, and tables scroll inside
 * their own box. Each test does the page's real work, not only a look at it.
 */
class TabletBrowserTest extends BrowserTestSupport {

    private static final String PORTRAIT = "768x1024";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void clerkReceivesADossierOnATablet(String size) throws Exception {
        tablet(size);
        signIn("clerk");
        assertNoSidewaysScroll();
        usable(By.linkText("Tiếp nhận hồ sơ mới")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("intake-form")));
        assertNoSidewaysScroll();

        usable(By.id("procedure-search")).sendKeys("kinh doanh");
        usable(By.cssSelector(".choose-procedure[data-code='HO-KINH-DOANH']")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist input[name=documents]")));
        usable(By.cssSelector("#checklist input[name=documents]")).click();
        usable(By.id("applicant.fullName")).sendKeys("Trần Thị Bích Ngọc");
        usable(By.id("applicant.idNumber")).sendKeys("001190012345");
        usable(By.id("applicant.phone")).sendKeys("0912345678");
        usable(By.id("applicant.address")).sendKeys("Số 5, đường Nguyễn Huệ, xã Demo");
        new Select(usable(By.id("paymentMethod"))).selectByValue("CASH");
        assertFitsTheScreen();
        shoot(size, "tablet-intake");

        usable(By.id("intake-submit")).click();
        usable(By.id("receipt-link"));
        assertFitsTheScreen();
        String code = browser.getCurrentUrl().replaceAll(".*/dossiers/([^?]+).*", "$1");
        assertThat(dossier(code).path("status").asText()).isEqualTo("PROCESSING");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void handlerWorksATaskOnATablet(String size) throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        tablet(size);
        signIn("handler.tckh");
        By row = By.cssSelector("#task-list tr[data-dossier='" + code + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(row));
        assertFitsTheScreen();
        shoot(size, "tablet-tasks");

        usable(By.cssSelector("#task-list tr[data-dossier='" + code + "'] button.claim"))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        assertFitsTheScreen();
        usable(By.cssSelector("input[name=outcome][value=PROPOSE_RESULT]")).click();
        usable(By.id("comment")).sendKeys("Đủ điều kiện");
        shoot(size, "tablet-task");
        usable(By.id("task-submit")).click();
        until.until(ExpectedConditions.urlMatches(".*/tasks$"));
        assertThat(taskOf("approver", code).path("key").asText()).isEqualTo("Task_SignResult");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void supervisorReadsTheOverdueBoardOnATablet(String size) throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        OffsetDateTime due = OffsetDateTime.parse(dossier(code).path("dueAt").asText());
        clockAtAndFireTimers(due.plusDays(1).toString());
        tablet(size);
        signIn("supervisor");
        By link = By.cssSelector("#overdue-table tr[data-dossier='" + code + "'] a");
        until.until(ExpectedConditions.presenceOfElementLocated(link));
        assertFitsTheScreen();
        shoot(size, "tablet-overdue");

        usable(link).click();
        until.until(ExpectedConditions.urlContains("/dossiers/" + code));
        assertFitsTheScreen();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void supervisorUsesTheDashboardOnATablet(String size) throws Exception {
        accepted("HO-KINH-DOANH");
        tablet(size);
        signIn("supervisor");
        usable(By.cssSelector("nav.menu a[href$='/supervisor/dashboard']")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-table")));
        until.until(
                d -> (Boolean) script("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-procedure');"));
        assertFitsTheScreen();
        usable(By.id("from"));
        usable(By.id("unit"));
        usable(By.cssSelector("form.period button[type=submit]"));
        usable(By.id("chart-procedure"));
        usable(By.cssSelector("#unit-table td[data-figure='received'] a"));
        shoot(size, "tablet-dashboard");

        WebElement received = usable(By.cssSelector(".headline[data-figure='received'] a.figure-count"));
        int count = Integer.parseInt(received.getText());
        received.click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
        assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr")))
                .hasSize(count);
        assertFitsTheScreen();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void citizenLooksUpOnATablet(String size) throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        tablet(size);
        open("/tra-cuu");
        assertNoSidewaysScroll();
        usable(By.id("code")).sendKeys(code);
        usable(By.id("phone")).sendKeys("5678");
        usable(By.cssSelector("main form button[type=submit]")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#lookup-result")));
        assertThat(browser.findElement(By.id("lookup-result")).getText())
                .contains(code)
                .contains("Đang giải quyết");
        assertNoSidewaysScroll();
        shoot(size, "tablet-lookup");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PORTRAIT, "1024x768"})
    void adminMovesTheClockOnATablet(String size) throws Exception {
        tablet(size);
        signIn("admin");
        assertFitsTheScreen();
        usable(By.id("clock-input"));
        usable(By.id("clock-frozen"));
        usable(By.id("link-cockpit"));
        usable(By.cssSelector("#staff-table tr[data-user='clerk'] td"));
        shoot(size, "tablet-admin");
        usable(By.id("clock-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clock [role=status]")));
        assertFitsTheScreen();
    }

    /** No sideways scroll of the page, and every table readable in its own box. */
    private void assertFitsTheScreen() {
        assertNoSidewaysScroll();
        assertTablesReadable();
    }

    private void tablet(String size) {
        String[] wh = size.split("x");
        tablet(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    }

    /** The README shows the portrait shots; landscape ones go beside them under their own names. */
    private void shoot(String size, String name) throws IOException {
        screenshot(PORTRAIT.equals(size) ? name : name + "-landscape");
    }
}
