package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/security.md as a member of staff meets it: the login form that names when a locked account opens again, and
 * the password change he is held at when someone else set his password.
 */
class SignInBrowserTest extends BrowserTestSupport {

    private static final String NEW_PASSWORD = "Mat-khau-moi-2031";

    @Test
    void aLockedAccountIsToldWhenItOpensAgain() throws Exception {
        account("khoa.trinhduyet", false);
        clockAt("2031-03-08T14:00:00+07:00");
        for (int i = 1; i <= 10; i++) {
            submit("khoa.trinhduyet", "sai-" + i);
            until.until(ExpectedConditions.urlContains("/login?error"));
        }
        submit("khoa.trinhduyet", PASSWORD);
        until.until(ExpectedConditions.urlContains("/login?locked"));
        assertThat(browser.findElement(By.id("login-locked")).getText())
                .startsWith("Tài khoản đã đăng nhập sai quá nhiều lần nên bị tạm khóa đến 08/03/2031 14:15.");
        screenshot("login-locked");

        clockAt("2031-03-08T14:15:01+07:00");
        submit("khoa.trinhduyet", PASSWORD);
        until.until(ExpectedConditions.urlContains("/desk"));
    }

    @Test
    void aPasswordSetBySomeoneElseIsChangedBeforeAnythingElse() throws Exception {
        account("doi.matkhau", true);
        submit("doi.matkhau", PASSWORD);
        until.until(ExpectedConditions.urlContains("/me/password"));
        assertThat(browser.findElement(By.id("password-required")).getText())
                .contains("hãy đổi mật khẩu trước khi làm việc khác");
        open("/desk");
        assertThat(browser.getCurrentUrl()).endsWith("/me/password");

        type(By.id("current"), PASSWORD);
        type(By.id("next"), "ngan");
        type(By.id("repeat"), "ngan");
        browser.findElement(By.id("password-submit")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("next-error")));
        assertThat(browser.findElement(By.id("next-error")).getText())
                .startsWith("Mật khẩu mới phải có ít nhất 10 ký tự");
        screenshot("password-change");

        browser.findElement(By.linkText("English")).click();
        until.until(ExpectedConditions.textToBe(By.tagName("h1"), "Change password"));
        type(By.id("current"), PASSWORD);
        type(By.id("next"), NEW_PASSWORD);
        type(By.id("repeat"), NEW_PASSWORD);
        browser.findElement(By.id("password-submit")).click();
        until.until(ExpectedConditions.urlContains("/desk"));
        browser.findElement(By.linkText("Tiếng Việt")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private void submit(String user, String password) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** A clerk of Hồ Sen with the password {@value #PASSWORD}, afresh for each test. */
    private void account(String username, boolean mustChange) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM sign_in_lock WHERE subject = ?", username);
            jdbc.update("DELETE FROM sign_in_failure WHERE username = ?", username);
            jdbc.update("DELETE FROM staff WHERE username = ?", username);
            jdbc.update(
                    "INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled,"
                            + " password_change_required) SELECT ?, password_hash, 'Thử đăng nhập', 'CLERK', unit_code,"
                            + " TRUE, ? FROM staff WHERE username = 'clerk'",
                    username,
                    mustChange);
        });
    }
}
