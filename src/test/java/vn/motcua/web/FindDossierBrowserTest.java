package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finding a dossier as people type: a name without diacritics in the header's box, a code in any case. */
class FindDossierBrowserTest extends BrowserTestSupport {

    @Test
    void clerkFindsNguyenVanAnByTypingWithoutDiacriticsAndOpensTheDossier() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ((ObjectNode) body.get("applicant")).put("fullName", "Nguyễn Văn An");
        String code = intake(body).path("code").asText();

        signIn("clerk");
        until.until(
                ExpectedConditions.textMatches(By.id("work-new"), java.util.regex.Pattern.compile("Việc mới: \\d+")));
        WebElement box = browser.findElement(By.id("header-q"));
        box.sendKeys("nguyen van an");
        box.sendKeys(Keys.ENTER);

        By row = By.cssSelector("#dossier-list tr[data-dossier='" + code + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains("Nguyễn Văn An", "Đăng ký thành lập hộ kinh doanh");
        assertNoSidewaysScroll();
        screenshot("search");

        browser.findElement(By.linkText(code)).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-status")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(code);
        assertThat(browser.findElement(By.id("dossier-fee")).getText()).isEqualTo("100.000 đồng — Tiền mặt");
    }

    @Test
    void citizenTypesTheCodeInLowerCaseWithSpacesAndIsToldOfTheApology() throws Exception {
        clockAt("2026-03-16T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        clockAtAndFireTimers("2026-03-18T09:01:00+07:00");
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks?dossierCode={code}", code))) {
            if ("Task_IssueApology".equals(task.get("key").asText())) {
                expect(
                        204,
                        postAs(
                                "handler.tckh",
                                Map.of(
                                        "outcome",
                                        "ISSUE_APOLOGY",
                                        "reason",
                                        "Chờ xác minh",
                                        "newDueAt",
                                        "2026-03-23T16:00:00+07:00"),
                                "/api/tasks/{id}/complete",
                                task.get("id").asText()));
            }
        }

        open("/tra-cuu");
        type(By.id("code"), " " + code.toLowerCase(Locale.ROOT).replace("-", " - ") + " ");
        type(By.id("phone"), "5678");
        WebElement before = browser.findElement(By.id("main"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitReplaced(before);

        WebElement apology = until.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-apology")));
        assertThat(apology.getText()).contains("xin lỗi", "19/03/2026 09:00", "23/03/2026 16:00");
        assertThat(browser.findElement(By.cssSelector("section#lookup-result h2"))
                        .getText())
                .isEqualTo(code);
        screenshot("lookup-apology");
    }
}
