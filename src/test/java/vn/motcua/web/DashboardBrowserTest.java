package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.office.OfficeDirectory;

class DashboardBrowserTest extends BrowserTestSupport {

    @Autowired
    OfficeDirectory office;

    @Test
    void supervisorSeesTheFiguresAndDrillsDownIntoACount() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();

        signIn("supervisor");
        browser.findElement(By.cssSelector("nav.menu a[href$='/supervisor/dashboard']"))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng chỉ số cải cách hành chính");
        for (String figure : new String[] {
            "received",
            "resolved",
            "onTimeRate",
            "late",
            "inProgressOverdue",
            "lateWithoutApology",
            "onlineRate",
            "digitizedRate",
            "cashlessRate",
            "satisfactionRate",
            "score766"
        }) {
            assertThat(browser.findElements(By.cssSelector(".headline[data-figure='" + figure + "'] dd")))
                    .hasSize(1);
            // Every figure but the composite score leads to dossiers: a count to its own, a rate to its denominator's.
            assertThat(browser.findElements(By.cssSelector(".headline[data-figure='" + figure + "'] dd a")))
                    .hasSize(figure.equals("score766") ? 0 : 1);
        }
        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='onTimeRate'] a"))
                        .getAttribute("href"))
                .contains("metric=resolved");
        for (String chart : new String[] {"chart-month", "chart-department", "chart-procedure"}) {
            assertThat(browser.findElement(By.id(chart)).getTagName()).isEqualTo("canvas");
            assertThat(browser.findElements(By.cssSelector("#" + chart + "-table tbody tr")))
                    .isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("#chart-month-table tbody tr")))
                .hasSize(12);
        until.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-month');"));
        assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#unit-table tbody tr td"))
                        .getText())
                .isEqualTo("1");
        screenshot("dashboard");

        WebElement received = browser.findElement(By.cssSelector(".headline[data-figure='received'] a.figure-count"));
        int count = Integer.parseInt(received.getText().replace(".", ""));
        assertThat(count).isPositive();
        received.click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
        assertThat(browser.getCurrentUrl())
                .contains("/supervisor/dashboard/dossiers")
                .contains("metric=received");
        assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr")))
                .hasSize(count);
        By row = By.cssSelector("#drill-table tr[data-dossier='" + code + "'] a");
        assertThat(browser.findElement(row).getAttribute("href")).endsWith("/dossiers/" + code);
    }

    @Test
    void aChartBarOpensExactlyTheDossiersItsTooltipCounts() throws Exception {
        resolved("HO-KINH-DOANH");
        resolved("HO-KINH-DOANH");
        signIn("supervisor");
        open("/supervisor/dashboard");
        until.until(
                d -> (Boolean) script("return typeof Chart !== 'undefined' && !!Chart.getChart('chart-department');"));

        // The TC-KH bar, by the department's name: hover it as a user would, read the tooltip, click it.
        String department = office.department("TC-KH").orElseThrow().name();
        Number index =
                (Number) script("return window.motcuaCharts.department.labels.indexOf(arguments[0]);", department);
        WebElement canvas = browser.findElement(By.id("chart-department"));
        Map<?, ?> at = (Map<?, ?>) script("""
                var chart = Chart.getChart('chart-department'), bar = chart.getDatasetMeta(0).data[arguments[0]];
                var p = bar.getCenterPoint(), r = chart.canvas.getBoundingClientRect();
                return {dx: Math.round(p.x - r.width / 2), dy: Math.round(p.y - r.height / 2)};""", index);
        new Actions(browser)
                .moveToElement(canvas, ((Number) at.get("dx")).intValue(), ((Number) at.get("dy")).intValue())
                .perform();
        String tooltip = until.until(d -> (String) script("""
                var t = Chart.getChart('chart-department').tooltip;
                return t.opacity > 0 && t.body.length ? t.title.join(' ') + ' | ' + t.body[0].lines.join(' ') : null;"""));
        assertThat(tooltip).startsWith(department).contains("% đúng hạn");
        Matcher resolved = Pattern.compile("; (\\d+) hồ sơ đã giải quyết").matcher(tooltip);
        assertThat(resolved.find()).as(tooltip).isTrue();
        int count = Integer.parseInt(resolved.group(1));
        assertThat(count).isGreaterThanOrEqualTo(2);
        screenshot("dashboard-tooltip");

        new Actions(browser).click().perform();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
        assertThat(browser.getCurrentUrl()).contains("metric=resolved").contains("department=TC-KH");
        assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr")))
                .hasSize(count);
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(": " + count + " hồ sơ");
        assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr td:nth-child(2)")))
                .extracting(WebElement::getText)
                .containsOnly(procedureCatalog.get("HO-KINH-DOANH").name());
    }

    @Test
    void aLeagueTableCellOpensExactlyTheDossiersItCounts() throws Exception {
        resolved("KHAI-SINH");
        signIn("supervisor");
        open("/supervisor/dashboard");
        for (String figure : new String[] {"received", "resolved"}) {
            WebElement cell = browser.findElement(
                    By.cssSelector("#unit-table tr[data-unit='PHUONG-HO-SEN'] td[data-figure='" + figure + "'] a"));
            int count = Integer.parseInt(cell.getText().replace(".", ""));
            assertThat(count).isPositive();
            cell.click();
            until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
            assertThat(browser.getCurrentUrl()).contains("metric=" + figure).contains("unit=PHUONG-HO-SEN");
            assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr")))
                    .hasSize(count);
            browser.findElement(By.linkText("← Về bảng chỉ số")).click();
            until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-table")));
        }
    }

    @Test
    void aSupervisorSeesHisOwnUnitOnTheDashboardAsOnTheOverdueBoard() throws Exception {
        signIn("supervisor.hosen");
        assertThat(browser.findElement(By.id("board-scope")).getText())
                .isEqualTo("Đơn vị: Ủy ban nhân dân phường Hồ Sen");
        open("/supervisor/dashboard");
        Select unit = new Select(browser.findElement(By.id("unit")));
        assertThat(unit.getFirstSelectedOption().getText()).isEqualTo("Ủy ban nhân dân phường Hồ Sen");
        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='received'] a"))
                        .getAttribute("href"))
                .contains("unit=PHUONG-HO-SEN");

        unit.selectByVisibleText("Tất cả đơn vị");
        browser.findElement(By.cssSelector("form.period button[type=submit]")).click();
        until.until(ExpectedConditions.urlContains("unit="));
        assertThat(new Select(browser.findElement(By.id("unit")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Tất cả đơn vị");
        assertThat(browser.findElement(By.cssSelector(".headline[data-figure='received'] a"))
                        .getAttribute("href"))
                .doesNotContain("unit=");
    }

    @Test
    void theProvincesSupervisorStartsFromEveryUnitAndRanksTheCommunesAndAgencies() throws Exception {
        resolved("KHAI-SINH");
        signIn("supervisor");
        assertThat(browser.findElement(By.id("board-scope")).getText()).isEqualTo("Đơn vị: Ủy ban nhân dân tỉnh Demo");
        open("/supervisor/dashboard");
        assertThat(new Select(browser.findElement(By.id("unit")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Tất cả đơn vị");
        assertThat(browser.findElements(By.cssSelector("#unit-table tr[data-unit]")))
                .extracting(row -> row.getAttribute("data-unit"))
                .contains("PHUONG-HO-SEN", "XA-DONG-LUA", "XA-BEN-DO", "SO-TU-PHAP")
                .doesNotContain("TTPVHCC", "TTPVHCC-CN1");
        screenshot("dashboard-province");
    }

    /** A dossier whose result is ready today: received, proposed by its department, signed. */
    private String resolved(String procedureCode) throws Exception {
        String code = accepted(procedureCode).path("code").asText();
        String department = procedureCode.equals("KHAI-SINH") ? "handler.tuphap" : "handler.tckh";
        completeOk(department, code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        return code;
    }

    @Test
    void aClerkIsRefusedTheDashboard() {
        signIn("clerk");
        open("/supervisor/dashboard");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        open("/supervisor/dashboard/dossiers?metric=received");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }
}
