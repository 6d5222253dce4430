package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.office.OfficeDirectory;

/** Every code a person reads is words: statuses, channels, outcomes, people, departments, dates and numbers. */
class WordsBrowserTest extends BrowserTestSupport {

    private static final String CLERK_NAME = "Nguyễn Thị Tiếp Nhận";
    private static final String DATE_TIME = "\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}";
    private static final String[] CODES = {
        "DIRECT",
        "ONLINE",
        "RESULT_READY",
        "PROCESSING",
        "RETURNED",
        "ACCEPT",
        "PROPOSE_RESULT",
        "SIGN",
        "EARLY",
        "ON_TIME",
        "LATE",
        "CASH",
        "TC-KH",
        "UBND-HUYEN-DEMO",
        "clerk",
        "handler.tckh",
        "approver",
        "system"
    };

    @Autowired
    OfficeDirectory office;

    @Test
    void aDossierAndItsTimelineReadAsWords() throws Exception {
        clockAt("2027-05-11T02:00:00Z");
        String code = resolved();
        String department = office.department("TC-KH").orElseThrow().name();

        signIn("clerk");
        open("/dossiers/" + code);
        String page = browser.findElement(By.id("main")).getText();
        assertThat(page).contains("Trực tiếp", "Có kết quả", department, "Tiếp nhận", "Đề xuất kết quả", "Ký duyệt");
        assertThat(browser.findElement(By.cssSelector("header .session")).getText())
                .contains("Đăng nhập: " + CLERK_NAME);
        List<WebElement> timeline = browser.findElements(By.cssSelector("table.timeline tbody tr"));
        assertThat(timeline).isNotEmpty();
        for (WebElement line : timeline) {
            assertThat(line.findElement(By.cssSelector("td")).getText()).matches(DATE_TIME);
        }
        assertThat(timeline).extracting(WebElement::getText).anyMatch(text -> text.contains(CLERK_NAME));
        assertThat(timeline)
                .extracting(WebElement::getText)
                .anyMatch(text -> text.matches("(?s).*Hẹn trả kết quả: " + DATE_TIME + ".*"));
        assertReadsAsWords(CODES);
        screenshot("dossier-in-words");

        open("/dossiers/" + code + "?lang=en");
        assertThat(browser.findElement(By.id("main")).getText()).contains("At the desk", "Result ready");
        assertThat(browser.findElement(By.cssSelector("header .session")).getText())
                .contains("Signed in: " + CLERK_NAME);
        assertReadsAsWords(CODES);
    }

    @Test
    void theDrillDownNamesProceduresChannelsAndStatuses() throws Exception {
        clockAt("2027-05-12T02:00:00Z");
        String code = resolved();
        signIn("supervisor");
        open("/supervisor/dashboard/dossiers?metric=resolved&from=2027-05-01&to=2027-05-31&department=TC-KH");
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
        String row = browser.findElement(By.cssSelector("#drill-table tr[data-dossier='" + code + "']"))
                .getText();
        assertThat(row).contains("Trực tiếp", "Có kết quả").matches("(?s).*" + DATE_TIME + ".*");
        assertThat(browser.findElement(By.id("drill-filters")).getText())
                .contains(office.department("TC-KH").orElseThrow().name());
        assertReadsAsWords(CODES);
    }

    @Test
    void theDashboardWritesNumbersAndMonthsTheReadersWay() throws Exception {
        clockAt("2027-05-13T02:00:00Z");
        resolved();
        signIn("supervisor");
        open("/supervisor/dashboard");
        until.until(d -> (Boolean) script("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-month');"));

        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='onTimeRate'] dd"))
                        .getText())
                .matches("\\d{1,3},\\d %");
        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='score766'] dd"))
                        .getText())
                .matches("\\d+,\\d{2} / \\d+");
        assertThat(browser.findElements(By.cssSelector("#chart-month-table tbody th")))
                .extracting(e -> e.getAttribute("textContent"))
                .hasSize(12)
                .allMatch(label -> label.matches("\\d{2}/\\d{4}"))
                .contains("05/2027");
        assertThat(browser.findElements(By.cssSelector("#unit-table td[data-figure='onTimeRate']")))
                .extracting(WebElement::getText)
                .allMatch(rate -> rate.equals("—") || rate.matches("\\d{1,3},\\d %"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern("\\d\\.\\d %");
        assertNothingCutOnTheDashboard();
        screenshot("dashboard-in-words");

        open("/supervisor/dashboard?lang=en");
        until.until(d -> (Boolean) script("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-month');"));
        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='onTimeRate'] dd"))
                        .getText())
                .matches("\\d{1,3}\\.\\d %");
        assertThat(browser.findElements(By.cssSelector("#chart-month-table tbody th")))
                .extracting(e -> e.getAttribute("textContent"))
                .contains("May 2027");
    }

    @Test
    void onATabletTheUnitChoiceAndTheChartLabelsAreWhole() throws Exception {
        clockAt("2027-05-14T02:00:00Z");
        resolved();
        signIn("supervisor");
        tablet(768, 1024);
        open("/supervisor/dashboard");
        until.until(d -> (Boolean) script("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-month');"));
        assertNoSidewaysScroll();
        assertTablesReadable();
        assertNothingCutOnTheDashboard();
        screenshot("dashboard-in-words-tablet");
    }

    /** The unit choice shows every unit's whole name; every bar of every chart has its whole label on the axis. */
    private void assertNothingCutOnTheDashboard() {
        assertShowsWholeText(By.id("unit"));
        for (String chart : new String[] {"chart-month", "chart-department", "chart-procedure"}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> axis = (Map<String, Object>) script("""
                    var chart = Chart.getChart(arguments[0]);
                    var scale = chart.options.indexAxis === 'y' ? chart.scales.y : chart.scales.x;
                    var shown = scale.ticks.map(t => [].concat(scale.getLabelForValue(t.value)).join(' '));
                    var written = scale._labelItems ? scale._labelItems.map(i => [].concat(i.label).join(' ')) : shown;
                    return {labels: chart.data.labels, written: written,
                            inside: scale.left >= 0 && scale.right <= chart.width + 0.5};""", chart);
            assertThat(axis.get("written"))
                    .as("labels on the axis of %s", chart)
                    .isEqualTo(axis.get("labels"));
            assertThat(axis.get("inside"))
                    .as("axis of %s inside its canvas", chart)
                    .isEqualTo(true);
        }
    }

    /** A dossier of the desk, handled by the department and signed: its timeline has every kind of line. */
    private String resolved() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        return code;
    }
}
