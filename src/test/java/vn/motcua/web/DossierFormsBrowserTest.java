package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.document.Pdfs;

/**
 * The paper of the desk within reach: each printed form a dossier's history has, linked from its page and opening as
 * the right form; the tracking book from the desk's and the supervisor's pages; and new work showing in the header
 * while the page stays open.
 */
class DossierFormsBrowserTest extends BrowserTestSupport {

    private static final Pattern NEW_TASKS = Pattern.compile("Việc mới: (\\d+)");

    @Test
    void clerkOpensTheSupplementRequestAndTheApologyOfADossierThatHadThem() throws Exception {
        clockAt("2027-06-07T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").path("code").asText(); // due Thursday 09:00
        clockAtAndFireTimers("2027-06-09T10:00:00+07:00");
        completeOwnTask(
                "Task_IssueApology",
                code,
                Map.of(
                        "outcome",
                        "ISSUE_APOLOGY",
                        "reason",
                        "Chờ xác minh địa điểm kinh doanh",
                        "newDueAt",
                        "2027-06-14T16:00:00+07:00"));
        completeOwnTask(
                null,
                code,
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu biên bản",
                        "missingDocuments",
                        List.of("Biên bản họp thành viên hộ gia đình")));

        signIn("clerk");
        open("/dossiers/" + code);
        WebElement forms = until.until(ExpectedConditions.visibilityOfElementLocated(By.id("printed-forms")));
        assertThat(forms.getText())
                .contains(
                        "Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                        "Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                        "Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
                        "Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ");
        // Neither refused nor stopped: no form that would only answer 404.
        assertThat(browser.findElements(By.id("form-refusal"))).isEmpty();
        assertThat(browser.findElements(By.id("form-stop-notice"))).isEmpty();

        assertThat(pdfBehind(usable(By.id("form-supplement-request"))))
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", code, "Biên bản họp thành viên hộ gia đình");
        assertThat(pdfBehind(usable(By.id("form-apology"))))
                .contains(
                        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                        code,
                        "Chờ xác minh địa điểm kinh doanh");
        assertThat(pdfBehind(usable(By.id("form-receipt")))).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        assertThat(pdfBehind(usable(By.id("form-control-sheet"))))
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        assertNoSidewaysScroll();
        screenshot("dossier-forms");
    }

    @Test
    void theTrackingBookIsOneClickFromTheDeskAndFromTheSupervisorsPages() throws Exception {
        clockAt("2027-06-21T09:00:00+07:00");
        signIn("clerk");
        open("/desk");
        assertThat(fetched(usable(By.id("tracking-book-link"))))
                .containsEntry("status", 200L)
                .containsEntry("type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(browser.findElement(By.id("tracking-book-link")).getAttribute("href"))
                .contains("from=2027-06-01", "to=2027-06-30");

        signIn("supervisor");
        for (String page : List.of("/supervisor/overdue", "/supervisor/dashboard")) {
            open(page);
            assertThat(fetched(usable(By.id("tracking-book-link")))).as(page).containsEntry("status", 200L);
        }
    }

    @Test
    void aNewTaskShowsInTheHeaderCountWhileThePageStaysOpen() throws Exception {
        clockAt("2027-06-22T09:00:00+07:00");
        signIn("handler.tckh");
        open("/tasks");
        WebElement count = until.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-badge")));
        until.until(ExpectedConditions.textMatches(By.id("work-new"), NEW_TASKS));
        int before = newTasks();
        String marker = (String) script("return (document.body.dataset.marker = 'same page')");

        accepted("HO-KINH-DOANH");

        until.until(driver -> newTasks() == before + 1);
        assertThat(count.isDisplayed()).isTrue();
        assertThat(script("return document.body.dataset.marker"))
                .as("not reloaded")
                .isEqualTo(marker);
        assertThat(browser.findElement(By.id("near-due")).getAttribute("hx-trigger"))
                .isEqualTo("every 60s");
    }

    /** Read in one step: htmx replaces the count's element every refresh, between a find and a read. */
    private int newTasks() {
        Object text = script("var e = document.getElementById('work-new'); return e ? e.textContent : '';");
        Matcher matcher = NEW_TASKS.matcher(String.valueOf(text));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** Completes the TC-KH handler's task of the dossier with this key (any, when null). */
    private void completeOwnTask(String key, String code, Map<String, Object> completion) throws Exception {
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks?dossierCode={code}", code))) {
            if (key == null || key.equals(task.get("key").asText())) {
                expect(
                        204,
                        postAs(
                                "handler.tckh",
                                completion,
                                "/api/tasks/{id}/complete",
                                task.get("id").asText()));
                return;
            }
        }
        throw new AssertionError("handler.tckh has no task " + key + " of " + code);
    }

    /** What the signed-in browser gets behind a link: status and content type. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetched(WebElement link) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0].href, {credentials: 'same-origin'})
                            .then(r => done({status: r.status, type: r.headers.get('Content-Type')}))
                            .catch(e => done({status: -1, type: String(e)}));""", link);
    }

    /** The text of the PDF the browser gets behind a link, which must answer 200 with a PDF. */
    private String pdfBehind(WebElement link) throws Exception {
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        @SuppressWarnings("unchecked")
        Map<String, Object> answer =
                (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0].href, {credentials: 'same-origin'}).then(async r => {
                          var bytes = new Uint8Array(await r.arrayBuffer()), text = '';
                          for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                          done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(text)});
                        }).catch(e => done({status: -1, type: String(e), body: ''}));""", link);
        assertThat(answer.get("status")).as(link.getAttribute("href")).isEqualTo(200L);
        assertThat((String) answer.get("type")).startsWith("application/pdf");
        return Pdfs.text(Base64.getDecoder().decode((String) answer.get("body")));
    }
}
