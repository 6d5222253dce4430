package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.support.ApiTestSupport;

/** The applicant hears of an apology and of a ready result by e-mail, through a real SMTP server (GreenMail). */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class CitizenNotificationsTest extends ApiTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void applicantIsToldOfTheApologyAndOfTheResultInVietnamese() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ((ObjectNode) body.get("applicant")).put("email", "an.nguyen@example.vn");
        String code = intake(body).get("code").asText();
        clockAtAndFireTimers("2025-03-05T10:00:00+07:00");
        String apologyTask = null;
        for (var task : body(getAs("handler.tckh", "/api/tasks"))) {
            if (code.equals(task.get("dossierCode").asText())
                    && "Task_IssueApology".equals(task.get("key").asText())) {
                apologyTask = task.get("id").asText();
            }
        }
        assertThat(postAs(
                                "handler.tckh",
                                Map.of(
                                        "outcome",
                                        "ISSUE_APOLOGY",
                                        "reason",
                                        "Chờ ý kiến của Chi cục Thuế",
                                        "newDueAt",
                                        "2025-03-10T16:00:00+07:00"),
                                "/api/tasks/{id}/complete",
                                apologyTask)
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);

        MimeMessage apology = smtp.getReceivedMessagesForDomain("example.vn")[0];
        assertThat(apology.getSubject()).isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả — hồ sơ " + code);
        assertThat(GreenMailUtil.getBody(apology)).isNotBlank();
        assertThat(apology.getContent().toString())
                .contains("Chờ ý kiến của Chi cục Thuế", "16 giờ 00, ngày 10/03/2025");

        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.vn");
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).isEqualTo("Đã có kết quả hồ sơ " + code);
    }

    @Test
    void nothingIsSentForAStepThatRolledBack() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ((ObjectNode) body.get("applicant")).put("email", "binh@example.vn");
        String code = intake(body).get("code").asText();
        clockAtAndFireTimers("2025-03-05T10:00:00+07:00");
        for (var task : body(getAs("handler.tckh", "/api/tasks"))) {
            if (code.equals(task.get("dossierCode").asText())
                    && "Task_IssueApology".equals(task.get("key").asText())) {
                assertThat(postAs(
                                        "handler.tckh",
                                        Map.of(
                                                "outcome",
                                                "ISSUE_APOLOGY",
                                                "reason",
                                                "Chậm",
                                                "newDueAt",
                                                "2025-03-01T10:00:00+07:00"),
                                        "/api/tasks/{id}/complete",
                                        task.get("id").asText())
                                .getResponse()
                                .getStatus())
                        .isEqualTo(400);
            }
        }
        assertThat(smtp.getReceivedMessagesForDomain("example.vn")).isEmpty();
    }
}
