package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RoleRefusalBrowserTest extends BrowserTestSupport {

    @Test
    void aHandlerIsRefusedTheDesk() throws Exception {
        signIn("handler.tckh");
        open("/desk/intake");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        screenshot("forbidden");
    }

    @Test
    void aClerkIsRefusedTheOverdueBoard() {
        signIn("clerk");
        open("/supervisor/overdue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void aPageAsksAStrangerToSignIn() {
        open("/tasks");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
