package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * docs/security.md, "Content-Security-Policy": under the policy the pages still do what their scripts do (htmx
 * search, the dashboard's charts) and the browser reports no blocked script or style; the Camunda webapps, under
 * their own policy, still draw.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

    /** Runs before any script of a page (Chromium's DevTools, which no page policy restricts). */
    private static final String WATCH = "window.__blocked = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI); });";

    @Test
    void thePagesWorkUnderThePolicyAndNothingIsBlocked() throws Exception {
        ((ChromeDriver) browser).executeCdpCommand("Page.enable", Map.of());
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));

        signIn("clerk");
        open("/desk/intake");
        type(By.id("procedure-search"), "kinh doanh");
        until.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#procedure-results .choose-procedure")));
        assertThat(blocked()).as("intake").isEmpty();

        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        signIn("supervisor");
        open("/supervisor/dashboard");
        until.until(driver -> Boolean.TRUE.equals(
                script("var c = document.querySelector('canvas'); return !!(window.Chart && Chart.getChart(c));")));
        assertThat(blocked()).as("dashboard").isEmpty();

        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        signIn("admin");
        assertThat(blocked()).as("admin").isEmpty();
        browser.get(url("/camunda/app/cockpit/default/"));
        until.until(ExpectedConditions.titleContains("Cockpit"));
        // Cockpit loads several megabytes of scripts: on a busy machine that takes more than a minute.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(180))
                .until(driver ->
                        driver.findElement(By.tagName("body")).getText().contains("Processes"));
        screenshot("camunda-cockpit-under-its-own-policy");
    }

    @SuppressWarnings("unchecked")
    private List<String> blocked() {
        return (List<String>) script("return window.__blocked || [];");
    }
}
