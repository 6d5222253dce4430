package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class AdminBrowserTest extends BrowserTestSupport {

    @Test
    void adminSeesHisPageAndMovesTheSandboxClock() throws Exception {
        signIn("admin");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quản trị hệ thống");
        assertThat(browser.findElement(By.cssSelector("#units-table tr[data-unit='PHUONG-HO-SEN']"))
                        .getText())
                .contains("000.00.15.H12")
                .contains("Ủy ban nhân dân phường Hồ Sen");
        assertThat(browser.findElement(By.cssSelector("#departments-table tr[data-department='TC-KH']"))
                        .getText())
                .contains("Phòng Kinh tế phường Hồ Sen");
        assertThat(browser.findElement(By.cssSelector("#staff-table tr[data-user='handler.tckh']"))
                        .getText())
                .contains("Lê Thị Kế Hoạch")
                .contains("Chuyên viên xử lý")
                .contains("TC-KH");
        assertThat(browser.findElements(By.cssSelector("#procedures-table tbody tr")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("engine-incidents")).getText()).matches("\\d+");

        // The Camunda webapps open from here, for the admin.
        String cockpit = browser.findElement(By.id("link-cockpit")).getAttribute("href");
        assertThat(cockpit).endsWith("/camunda/app/cockpit/default/");
        browser.get(cockpit);
        until.until(ExpectedConditions.titleContains("Cockpit"));
        assertThat(browser.getCurrentUrl())
                .contains("/camunda/app/cockpit/default/")
                .doesNotContain("/login");
        open("/admin");

        // Move the clock to a Friday morning of March 2025, stopped there.
        WebElement input = browser.findElement(By.id("clock-input"));
        // A datetime-local field is typed differently in every locale; the value is what any of them submits.
        script("arguments[0].value = '2025-03-07T10:00'", input);
        WebElement frozen = browser.findElement(By.id("clock-frozen"));
        if (!frozen.isSelected()) {
            frozen.click();
        }
        screenshot("admin");
        browser.findElement(By.id("clock-submit")).click();
        until.until(ExpectedConditions.textToBe(By.id("clock-now"), "07/03/2025 10:00"));
        assertThat(browser.findElement(By.cssSelector("#clock [role=status]")).getText())
                .isEqualTo("Đã chuyển đồng hồ.");
        assertThat(browser.findElement(By.id("clock-state")).getText()).isEqualTo("đang dừng");
        assertThat(sandbox.now())
                .isEqualTo(OffsetDateTime.parse("2025-03-07T10:00:00+07:00").toInstant());

        // An empty field is marked beside it, and the clock stays where it was.
        script("arguments[0].value = ''", browser.findElement(By.id("clock-input")));
        browser.findElement(By.id("clock-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("clock-error")));
        assertThat(browser.findElement(By.id("clock-input")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(sandbox.now())
                .isEqualTo(OffsetDateTime.parse("2025-03-07T10:00:00+07:00").toInstant());

        browser.findElement(By.linkText("English")).click();
        until.until(ExpectedConditions.textToBe(By.tagName("h1"), "System administration"));
        browser.findElement(By.id("clock-reset")).click();
        until.until(ExpectedConditions.textToBe(By.id("clock-state"), "running"));
        assertThat(sandbox.now()).isAfter(Instant.now().minusSeconds(60));
        browser.findElement(By.linkText("Tiếng Việt")).click();
        until.until(ExpectedConditions.textToBe(By.tagName("h1"), "Quản trị hệ thống"));
    }

    @Test
    void aSupervisorIsRefusedTheAdminPageAndCannotMoveTheClock() throws Exception {
        signIn("supervisor");
        assertThat(browser.findElements(By.cssSelector("nav.menu a[href$='/admin']")))
                .isEmpty();
        open("/admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");

        Instant before = sandbox.now();
        var refused = call(
                post("/admin/clock")
                        .param("now", "2030-01-01T08:00")
                        .param("frozen", "true")
                        .with(csrf()),
                "supervisor");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(sandbox.now()).isBetween(before, Instant.now().plusSeconds(1));
    }
}
