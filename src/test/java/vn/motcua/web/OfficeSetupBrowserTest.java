package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrator sets up a new commune through the pages alone, and finds every step in the log. */
class OfficeSetupBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD_OK = "mat-khau-xa-moi-2026";

    /** This run's codes: a database kept between runs already holds the last run's. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000L, 36);

    private static final String UNIT = "XA-SEN-HONG-" + RUN.toUpperCase(java.util.Locale.ROOT);
    private static final String DEPARTMENT = "SH-TU-PHAP-" + RUN.toUpperCase(java.util.Locale.ROOT);

    @Test
    void adminSetsUpACommuneWithADepartmentAndItsStaffAndSeesThemInTheLog() throws Exception {
        signIn("admin");
        open("/admin");
        browser.findElement(By.id("nav-units")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("units-table")));
        browser.findElement(By.id("new-unit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-submit")));
        type(By.id("code"), UNIT);
        type(By.id("agencyCode"), "000.00.41.H12");
        type(By.id("name"), "Ủy ban nhân dân xã Sen Hồng");
        new Select(browser.findElement(By.id("kind"))).selectByValue("COMMUNE");
        new Select(browser.findElement(By.id("parentCode"))).selectByValue("TINH-DEMO");
        type(By.id("morning"), "7:30 sáng");
        browser.findElement(By.id("unit-submit")).click();
        // A mistake is marked beside its field, and what was typed stays.
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("morning-error")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ủy ban nhân dân xã Sen Hồng");
        assertThat(browser.findElement(By.id("morning")).getAttribute("value")).isEqualTo("7:30 sáng");
        screenshot("admin-unit-error");
        type(By.id("morning"), "07:30-11:30");
        browser.findElement(By.id("unit-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        open("/admin/departments/new");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(UNIT);
        type(By.id("code"), DEPARTMENT);
        type(By.id("name"), "Văn phòng HĐND và UBND xã Sen Hồng");
        type(By.id("kind"), "TU-PHAP");
        browser.findElement(By.id("department-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        member("clerk.senhong." + RUN, "Nguyễn Văn Một Cửa", "CLERK", false);
        member("handler.senhong." + RUN, "Trần Thị Xử Lý", "HANDLER", true);
        member("approver.senhong." + RUN, "Lê Văn Ký", "APPROVER", true);
        screenshot("admin-staff");

        open("/admin/staff");
        String staff = browser.findElement(By.id("staff-table")).getText();
        assertThat(staff).contains("clerk.senhong." + RUN, "handler.senhong." + RUN, "approver.senhong." + RUN);

        browser.findElement(By.id("nav-log")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("log-filters")));
        type(By.id("actor"), "admin");
        browser.findElement(By.id("log-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("log-table")));
        String log = browser.findElement(By.id("log-table")).getText();
        assertThat(log)
                .contains("Tạo đơn vị", UNIT)
                .contains("Tạo phòng, bộ phận", DEPARTMENT)
                .contains(
                        "Tạo tài khoản cán bộ",
                        "clerk.senhong." + RUN,
                        "handler.senhong." + RUN,
                        "approver.senhong." + RUN);
        assertNoSidewaysScroll();
        screenshot("admin-log");
    }

    private void member(String username, String fullName, String role, boolean department) {
        open("/admin/staff/new");
        type(By.id("username"), username);
        type(By.id("fullName"), fullName);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(UNIT);
        if (department) {
            usable(By.id("dep-" + DEPARTMENT)).click();
        }
        type(By.id("password"), PASSWORD_OK);
        usable(By.id("staff-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
    }
}
