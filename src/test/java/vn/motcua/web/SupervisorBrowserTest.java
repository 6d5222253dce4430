package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.office.OfficeDirectory;

class SupervisorBrowserTest extends BrowserTestSupport {

    @Autowired
    OfficeDirectory office;

    @Test
    void supervisorSeesALateDossierOnTheOverdueBoard() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        OffsetDateTime due = OffsetDateTime.parse(dossier(code).path("dueAt").asText());
        clockAtAndFireTimers(due.plusDays(1).toString());
        assertThat(dossier(code).path("overdue").asBoolean()).isTrue();

        signIn("supervisor");
        assertThat(browser.getCurrentUrl()).endsWith("/supervisor/overdue");
        By row = By.cssSelector("#overdue-table tr[data-dossier='" + code + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText())
                .contains(office.department("TC-KH").orElseThrow().name())
                .doesNotContain("TC-KH")
                .contains("Thiếu phiếu xin lỗi");
        assertThat(browser.findElement(By.id("board")).getAttribute("hx-trigger"))
                .isEqualTo("every 30s");
        screenshot("overdue-board");
    }
}
