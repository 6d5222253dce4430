package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * A dossier follows the law in force the day it was received: Decree 61/2018/NĐ-CP (amended by Decree 107/2021) and
 * the forms of Circular 01/2018/TT-VPCP until 30 June 2025; Decree 118/2025/NĐ-CP and the forms of Circular
 * 03/2025/TT-VPCP from 1 July 2025, on its forms and on its timeline.
 */
class RuleSetsByDateTest extends ApiTestSupport {

    @Test
    void dossierReceivedOnThirtiethOfJune2025FollowsDecree61AndTheFormsOfCircular01() throws Exception {
        clockAt("2025-06-30T09:00:00+07:00");
        JsonNode dossier = accepted("DAT-DAI-GCN");
        String code = dossier.get("code").asText();
        assertThat(dossier.get("ruleSet").asText()).isEqualTo("DECREE_61_2018");
        assertThat(legalBasis(code, "RECEIVED"))
                .isEqualTo("Điều 18 Nghị định số 61/2018/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP");
        assertThat(legalBasis(code, "HANDED_OVER")).startsWith("Điều 19 Nghị định số 61/2018/NĐ-CP");

        assertThat(form(code, "receipt"))
                .contains("Mẫu số 01", "Mẫu số 01 ban hành kèm theo Thông tư số 01/2018/TT-VPCP");
        assertThat(form(code, "control-sheet")).contains("Mẫu số 05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
    }

    @Test
    void dossierReceivedOnFirstOfJuly2025FollowsDecree118AndTheFormsOfCircular03() throws Exception {
        clockAt("2025-07-01T09:00:00+07:00");
        JsonNode dossier = accepted("DAT-DAI-GCN");
        String code = dossier.get("code").asText();
        assertThat(dossier.get("ruleSet").asText()).isEqualTo("DECREE_118_2025");
        // Decree 118/2025, Art. 17: receipt; Art. 18: transfer to the competent agency.
        assertThat(legalBasis(code, "RECEIVED")).isEqualTo("Điều 17 Nghị định số 118/2025/NĐ-CP");
        assertThat(legalBasis(code, "HANDED_OVER")).isEqualTo("Điều 18 Nghị định số 118/2025/NĐ-CP");

        assertThat(form(code, "receipt"))
                .contains(
                        "Mẫu số 01",
                        "Căn cứ Điều 17 Nghị định số 118/2025/NĐ-CP",
                        "Mẫu số 01 ban hành kèm theo Thông tư số 03/2025/TT-VPCP");
        // Circular 03/2025 numbers the control sheet 06: 05 is the new stop notice.
        assertThat(form(code, "control-sheet")).contains("Mẫu số 06").doesNotContain("Mẫu số 05");
    }

    @Test
    void refusalAndSupplementRequestAtTheDeskCiteTheRulesOfTheirDay() throws Exception {
        clockAt("2025-06-30T09:00:00+07:00");
        assertThat(legalBasis(refused(), "REFUSED")).startsWith("Điều 18 Nghị định số 61/2018/NĐ-CP");
        clockAt("2025-07-01T09:00:00+07:00");
        // Decree 118/2025, Art. 17: what the desk does with a dossier it checks (Mẫu 02, Mẫu 03 of Circular 03).
        assertThat(legalBasis(refused(), "REFUSED")).isEqualTo("Điều 17 Nghị định số 118/2025/NĐ-CP");
        var supplement = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        supplement.put("reason", "Thiếu giấy tờ");
        supplement.putArray("missingDocuments").add("Bản sao CCCD");
        String code = intake(supplement).get("code").asText();
        assertThat(legalBasis(code, "SUPPLEMENT_REQUESTED")).isEqualTo("Điều 17 Nghị định số 118/2025/NĐ-CP");
        assertThat(form(code, "supplement-request"))
                .contains("Mẫu số 02", "ban hành kèm theo Thông tư số 03/2025/TT-VPCP");
    }

    private String refused() throws Exception {
        var body = intakeBody("HO-KINH-DOANH", "REFUSE");
        body.put("reason", "Không thuộc thẩm quyền");
        return intake(body).get("code").asText();
    }

    @Test
    void apologyOfDecree118IsTheLetterThatAsksToExtendTheTime() throws Exception {
        clockAt("2025-07-07T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2025-07-09T09:30:00+07:00");
        String apologyTask = null;
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks?dossierCode=" + code))) {
            if ("Task_IssueApology".equals(task.get("key").asText())) {
                apologyTask = task.get("id").asText();
            }
        }
        assertThat(postAs(
                                "handler.tckh",
                                Map.of(
                                        "outcome",
                                        "ISSUE_APOLOGY",
                                        "reason",
                                        "Chờ xác minh",
                                        "newDueAt",
                                        "2025-07-14T16:00:00+07:00"),
                                "/api/tasks/{id}/complete",
                                apologyTask)
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(form(code, "apology"))
                .contains("Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                .doesNotContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    }

    @Test
    void stopAtTheApplicantsRequestUnderDecree118Article21EndsTheDossierWithTheStopNotice() throws Exception {
        clockAt("2025-07-02T09:00:00+07:00");
        String code = accepted("DAT-DAI-GCN").get("code").asText();
        clockAt("2025-07-03T10:00:00+07:00");
        MvcResult stopped = postAs(
                "clerk",
                Map.of("reason", "Công dân đề nghị dừng để bổ sung giấy tờ khác"),
                "/api/dossiers/{code}/withdraw",
                code);
        assertThat(stopped.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(stopped).get("status").asText()).isEqualTo("WITHDRAWN");
        // The model's stop path ended the dossier's process, its handling and its timers.
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(code)
                        .count())
                .isZero();
        String instance =
                jdbc.queryForObject("SELECT process_instance_id FROM dossier WHERE code = ?", String.class, code);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the dossier's apology and overdue timers")
                .isZero();
        assertThat(legalBasis(code, "WITHDRAWN")).isEqualTo("Điều 21 Nghị định số 118/2025/NĐ-CP");
        assertThat(form(code, "stop-notice"))
                .contains(
                        "Mẫu số 05",
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Công dân đề nghị dừng để bổ sung giấy tờ khác",
                        "Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP");
    }

    @Test
    void aDossierOfDecree61HasNoStopNoticeAndADecidedOneCannotBeStopped() throws Exception {
        clockAt("2025-06-30T09:00:00+07:00");
        String old = accepted("KHAI-SINH").get("code").asText();
        postAs("clerk", Map.of("reason", "Rút hồ sơ"), "/api/dossiers/{code}/withdraw", old);
        assertThat(getAs("clerk", "/api/dossiers/{code}/documents/stop-notice.pdf", old)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        clockAt("2025-07-01T09:00:00+07:00");
        String decided = accepted("KHAI-SINH").get("code").asText();
        completeOk("handler.tuphap", decided, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", decided, Map.of("outcome", "SIGN"));
        MvcResult refused = postAs("clerk", Map.of("reason", "Rút hồ sơ"), "/api/dossiers/{code}/withdraw", decided);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(dossier(decided).get("status").asText()).isEqualTo("RESULT_READY");
    }

    private String legalBasis(String code, String step) throws Exception {
        String basis = null;
        for (JsonNode line : dossier(code).get("timeline")) {
            if (step.equals(line.get("step").asText())) {
                basis = line.get("legalBasis").asText();
            }
        }
        return basis;
    }

    private String form(String code, String kind) throws Exception {
        MvcResult result = getAs("clerk", "/api/dossiers/{code}/documents/{kind}.pdf", code, kind);
        assertThat(result.getResponse().getStatus())
                .as(kind + ": " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        return Pdfs.text(result.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
    }
}
