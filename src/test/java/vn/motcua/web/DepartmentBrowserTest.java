package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DepartmentBrowserTest extends BrowserTestSupport {

    @Test
    void handlerClaimsAndCompletesATaskOfHisDepartment() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        signIn("handler.tckh");
        assertThat(browser.getCurrentUrl()).endsWith("/tasks");
        By row = By.cssSelector("#task-list tr[data-dossier='" + code + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(row));
        screenshot("tasks");

        browser.findElement(row).findElement(By.cssSelector("button.claim")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        assertThat(browser.findElements(By.cssSelector("input[name=outcome]")))
                .extracting(e -> e.getAttribute("value"))
                .containsExactly("PROPOSE_RESULT", "REQUEST_SUPPLEMENT", "REJECT");

        // Rejecting needs a reason: the page says so beside the field, and keeps the comment typed.
        browser.findElement(By.cssSelector("input[name=outcome][value=REJECT]")).click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        type(By.id("comment"), "Đã xem xét hồ sơ");
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("reason-error")));
        assertThat(browser.findElement(By.id("comment")).getAttribute("value")).isEqualTo("Đã xem xét hồ sơ");
        screenshot("task-errors");

        browser.findElement(By.cssSelector("input[name=outcome][value=PROPOSE_RESULT]"))
                .click();
        until.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reason")));
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.urlMatches(".*/tasks$"));
        until.until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(taskOf("approver", code).path("key").asText()).isEqualTo("Task_SignResult");
    }

    @Test
    void clerkHandsBackAResultWithTheApplicantsRating() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        completeOk("handler.tckh", code, java.util.Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, java.util.Map.of("outcome", "SIGN"));

        signIn("clerk");
        By returnRow =
                By.xpath("//table[@id='returns']//tr[td/a[text()='" + code + "']]//a[contains(@href,'/tasks/')]");
        until.until(ExpectedConditions.elementToBeClickable(returnRow)).click();
        until.until(ExpectedConditions.visibilityOfElementLocated(By.id("receivedBy")));
        type(By.id("receivedBy"), "Nguyễn Thị Hồng Nhung");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("satisfaction"))).selectByValue("5");
        screenshot("return-result");
        browser.findElement(By.id("task-submit")).click();
        until.until(ExpectedConditions.urlContains("/dossiers/" + code));
        until.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đã trả kết quả"));
        assertThat(dossier(code).path("status").asText()).isEqualTo("RETURNED");
    }
}
