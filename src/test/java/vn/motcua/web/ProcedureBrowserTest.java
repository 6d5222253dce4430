package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator creates a procedure, is told beside the field what is wrong, then makes a new version of it. */
class ProcedureBrowserTest extends BrowserTestSupport {

    @Test
    void adminCreatesAProcedureAndMakesANewVersionOfIt() throws Exception {
        String code =
                "KHAI-TU-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        signIn("admin");
        usable(By.id("procedures-manage")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-list")));
        assertThat(browser.findElement(By.cssSelector("#procedure-list tr[data-procedure='DAT-DAI-GCN']"))
                        .getText())
                .contains("Liên thông");
        assertNoSidewaysScroll();
        screenshot("procedures");

        usable(By.id("procedure-new")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-form")));
        type(By.id("code"), code);
        type(By.id("name"), "Đăng ký khai tử");
        type(By.id("field"), "Hộ tịch");
        type(By.id("limitValue"), "3");
        type(By.id("documents"), "Tờ khai đăng ký khai tử\nGiấy báo tử");
        type(By.id("agencies"), "COMMUNE; PHONG-KHONG-CO");
        script("arguments[0].value = '2025-01-01'", browser.findElement(By.id("effectiveFrom")));
        usable(By.id("procedure-submit")).click();

        WebElement error = until.until(ExpectedConditions.visibilityOfElementLocated(By.id("agencies-error")));
        assertThat(error.getText()).contains("Cơ quan giải quyết chưa đúng");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Đăng ký khai tử");
        screenshot("procedure-errors");

        type(By.id("agencies"), "COMMUNE; TU-PHAP");
        usable(By.id("procedure-submit")).click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-saved")));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/procedures/" + code);

        type(By.id("fee"), "5000");
        script("arguments[0].value = '2025-07-01'", browser.findElement(By.id("effectiveFrom")));
        usable(By.id("procedure-submit")).click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure-saved")));
        assertThat(browser.findElements(By.cssSelector("#version-list tbody tr")))
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#version-list tr[data-version='2']"))
                        .getText())
                .contains("01/07/2025")
                .contains("5.000");
        assertNoSidewaysScroll();
        screenshot("procedure-versions");
    }
}
