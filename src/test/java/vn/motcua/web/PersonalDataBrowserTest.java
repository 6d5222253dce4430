package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A supervisor sees the applicant masked, opens him in full with a reason; the administrator reads the log. */
class PersonalDataBrowserTest extends BrowserTestSupport {

    @Test
    void supervisorOpensTheFullRecordWithAReasonAndTheAdministratorSeesIt() throws Exception {
        clockAt("2025-08-12T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").path("code").asText();

        signIn("supervisor");
        open("/dossiers/" + code);
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("personal-data-form")));
        assertThat(browser.findElement(By.id("applicant-phone")).getText()).isEqualTo("*******678");
        assertThat(browser.findElement(By.id("applicant-address")).getText()).isEqualTo("***, xã Demo");
        assertNoSidewaysScroll();
        screenshot("personal-data-masked");

        type(By.id("personal-data-reason"), "Công dân đề nghị gọi lại về kết quả");
        browser.findElement(By.cssSelector("#personal-data-form button[type=submit]"))
                .click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("personal-data-opened")));
        assertThat(browser.findElement(By.id("applicant-phone")).getText()).isEqualTo("0912345678");
        assertThat(browser.findElement(By.id("applicant-idNumber")).getText()).isEqualTo("001190012345");

        signIn("admin");
        open("/admin/personal-data?dossier=" + code);
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("access-log-table")));
        assertThat(browser.findElement(By.id("access-log-table")).getText())
                .contains(code, "Vũ Thị Giám Sát (tỉnh)", "Công dân đề nghị gọi lại về kết quả");
        assertNoSidewaysScroll();
        screenshot("personal-data-log");
    }
}
