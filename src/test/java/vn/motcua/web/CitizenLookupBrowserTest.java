package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class CitizenLookupBrowserTest extends BrowserTestSupport {

    @Test
    void citizenLooksUpHisDossierWithoutSigningIn() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        open("/tra-cuu");
        lookUp(code, "5678");
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#lookup-result")));
        assertThat(browser.findElement(By.id("lookup-result")).getText())
                .contains(code)
                .contains("Đăng ký thành lập hộ kinh doanh")
                .contains("Đang giải quyết");
        screenshot("lookup");
    }

    @Test
    void anUnknownCodeAndAWrongPhoneGetTheSameAnswer() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        open("/tra-cuu");
        lookUp(code, "0000");
        String wrongPhone = until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p#lookup-result")))
                .getText();
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
        lookUp("000.00.15.H12-990101-9999", "5678");
        String unknownCode = until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p#lookup-result")))
                .getText();
        assertThat(unknownCode).isEqualTo(wrongPhone).contains("Không tìm thấy");
        screenshot("lookup-not-found");
    }

    @Test
    void theLookupSpeaksEnglishOnRequest() throws Exception {
        open("/tra-cuu?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier lookup");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        open("/tra-cuu?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tra cứu hồ sơ");
    }

    private void lookUp(String code, String phone) {
        type(By.id("code"), code);
        type(By.id("phone"), phone);
        WebElement before = browser.findElement(By.id("main"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitReplaced(before);
    }
}
