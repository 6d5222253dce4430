package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DashboardBrowserTest extends BrowserTestSupport {

    @Test
    void supervisorSeesTheFiguresAndDrillsDownIntoACount() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();

        signIn("supervisor");
        browser.findElement(By.cssSelector("nav.menu a[href$='/supervisor/dashboard']")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng chỉ số cải cách hành chính");
        for (String figure : new String[] {"received", "resolved", "onTimeRate", "late", "inProgressOverdue",
                "lateWithoutApology", "onlineRate", "digitizedRate", "cashlessRate", "satisfactionRate", "score766"}) {
            assertThat(browser.findElements(By.cssSelector(".headline[data-figure='" + figure + "'] dd"))).hasSize(1);
        }
        for (String chart : new String[] {"chart-month", "chart-department", "chart-procedure"}) {
            assertThat(browser.findElement(By.id(chart)).getTagName()).isEqualTo("canvas");
            assertThat(browser.findElements(By.cssSelector("#" + chart + "-table tbody tr"))).isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("#chart-month-table tbody tr"))).hasSize(12);
        until.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart('chart-month');"));
        assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#unit-table tbody tr td")).getText()).isEqualTo("1");
        screenshot("dashboard");

        WebElement received = browser.findElement(By.cssSelector(".headline[data-figure='received'] a.figure-count"));
        int count = Integer.parseInt(received.getText());
        assertThat(count).isPositive();
        received.click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("drill-table")));
        assertThat(browser.getCurrentUrl()).contains("/supervisor/dashboard/dossiers").contains("metric=received");
        assertThat(browser.findElements(By.cssSelector("#drill-table tbody tr"))).hasSize(count);
        By row = By.cssSelector("#drill-table tr[data-dossier='" + code + "'] a");
        assertThat(browser.findElement(row).getAttribute("href")).endsWith("/dossiers/" + code);
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
