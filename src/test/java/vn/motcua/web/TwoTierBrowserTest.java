package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The province's service center receives a commune's procedure for a citizen of Xã Đồng Lúa: the commune's handler
 * finds it in his list at once, the ward's does not, and the dossier page names both places.
 */
class TwoTierBrowserTest extends BrowserTestSupport {

    /** The header's sign-out form, as a person would click it. */
    private void signOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        until.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void centerClerkReceivesACommuneProcedureAndTheCommuneWorksIt() throws Exception {
        clockAt("2025-09-15T09:00:00+07:00");
        signIn("clerk.trungtam");
        browser.findElement(By.linkText("Tiếp nhận hồ sơ mới")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("procedure-search")));
        type(By.id("procedure-search"), "khai sinh");
        until.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".choose-procedure[data-code='KHAI-SINH']")))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist input[name=documents]")));
        browser.findElements(By.cssSelector("#checklist input[name=documents]"))
                .get(0)
                .click();
        type(By.id("applicant.fullName"), "Đinh Văn Lúa");
        type(By.id("applicant.idNumber"), "001190054321");
        type(By.id("applicant.phone"), "0987654321");
        type(By.id("applicant.address"), "Thôn Bãi, xã Đồng Lúa");
        new Select(browser.findElement(By.id("competentUnitCode"))).selectByVisibleText("Ủy ban nhân dân xã Đồng Lúa");
        screenshot("intake-two-tier");
        browser.findElement(By.id("intake-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-link")));
        String code = browser.getCurrentUrl().replaceAll(".*/dossiers/([^?]+).*", "$1");
        assertThat(code).startsWith("000.00.01.H12-250915-");
        assertThat(browser.findElement(By.id("place-receiving")).getText())
                .isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Demo");
        assertThat(browser.findElement(By.id("place-competent")).getText()).isEqualTo("Ủy ban nhân dân xã Đồng Lúa");
        screenshot("dossier-two-tier");

        signOut();
        signIn("handler.donglua");
        open("/tasks");
        assertThat(browser.findElements(By.cssSelector("tr[data-dossier='" + code + "']")))
                .isNotEmpty();
        signOut();
        signIn("handler.tuphap");
        open("/tasks");
        assertThat(browser.findElements(By.cssSelector("tr[data-dossier='" + code + "']")))
                .isEmpty();
    }
}
