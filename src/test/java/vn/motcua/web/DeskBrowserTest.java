package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class DeskBrowserTest extends BrowserTestSupport {

    @Test
    void clerkReceivesADossierAndGetsTheReceiptLink() throws Exception {
        open("/login");
        screenshot("login");
        signIn("clerk");
        assertThat(browser.getCurrentUrl()).endsWith("/desk");

        browser.findElement(By.linkText("Tiếp nhận hồ sơ mới")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-search")));
        type(By.id("procedure-search"), "kinh doanh");
        until.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".choose-procedure[data-code='HO-KINH-DOANH']")))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist input[name=documents]")));
        browser.findElements(By.cssSelector("#checklist input[name=documents]"))
                .get(0)
                .click();
        type(By.id("applicant.fullName"), "Trần Thị Bích Ngọc");
        new Select(browser.findElement(By.id("paymentMethod"))).selectByValue("CASH");
        type(By.id("applicant.idNumber"), "0011900");
        type(By.id("applicant.phone"), "0912345678");
        type(By.id("applicant.address"), "Số 5, đường Nguyễn Huệ, xã Demo");
        browser.findElement(By.id("intake-submit")).click();

        // The wrong ID number is marked beside its field; what was typed is still there.
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant.idNumber-error")));
        assertThat(browser.findElement(By.id("applicant.idNumber-error")).getText())
                .contains("12 chữ số");
        assertThat(browser.findElement(By.id("applicant.fullName")).getAttribute("value"))
                .isEqualTo("Trần Thị Bích Ngọc");
        assertThat(browser.findElement(By.cssSelector("#checklist input[name=documents]"))
                        .isSelected())
                .isTrue();
        assertThat(new Select(browser.findElement(By.id("procedureCode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("HO-KINH-DOANH");
        screenshot("intake-errors");

        type(By.id("applicant.idNumber"), "001190012345");
        browser.findElement(By.id("intake-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-link")));
        String code = browser.getCurrentUrl().replaceAll(".*/dossiers/([^?]+).*", "$1");
        assertThat(browser.findElement(By.id("receipt-link")).getAttribute("href"))
                .endsWith("/api/dossiers/" + code + "/documents/receipt.pdf");
        assertThat(dossier(code).path("status").asText()).isEqualTo("PROCESSING");
        var receipt = getAs("clerk", "/api/dossiers/{code}/documents/receipt.pdf", code)
                .getResponse();
        assertThat(receipt.getStatus()).isEqualTo(200);
        assertThat(receipt.getContentType()).startsWith("application/pdf");
        screenshot("dossier");
    }
}
