package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DeskCheckBrowserTest extends BrowserTestSupport {

    @Test
    void clerkChecksAnOnlineDossierAsksForASupplementAndRecordsIt() throws Exception {
        var online = intakeBody("HO-KINH-DOANH", null);
        online.put("channel", "ONLINE");
        String code = intake(online).path("code").asText();

        signIn("clerk");
        By check = By.xpath("//table[@id='checks']//tr[td/a[text()='" + code + "']]//a[contains(@href,'/tasks/')]");
        until.until(ExpectedConditions.elementToBeClickable(check));
        screenshot("desk");
        browser.findElement(check).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        assertThat(browser.findElements(By.cssSelector("input[name=outcome]")))
                .extracting(e -> e.getAttribute("value"))
                .containsExactly("ACCEPT", "REQUEST_SUPPLEMENT", "REFUSE");
        browser.findElement(By.cssSelector("input[name=outcome][value=REQUEST_SUPPLEMENT]"))
                .click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("missingDocuments")));
        type(By.id("reason"), "Thiếu bản sao giấy tờ pháp lý");
        type(By.id("missingDocuments"), "Bản sao giấy tờ pháp lý của cá nhân (chủ hộ kinh doanh)");
        screenshot("check");
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Chờ bổ sung"));

        type(By.id("supplement-documents"), "Bản sao giấy tờ pháp lý của cá nhân (chủ hộ kinh doanh)");
        screenshot("supplement");
        browser.findElement(By.cssSelector("#supplement-form button[type=submit]"))
                .click();
        until.until(ExpectedConditions.urlContains("supplemented"));
        assertThat(dossier(code).path("status").asText()).isNotEqualTo("AWAITING_SUPPLEMENT");
    }
}
