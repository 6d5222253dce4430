package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * The printed forms of Circular 01/2018/TT-VPCP (Mẫu 01 to 05), read back from the PDF: title, dossier code and the
 * applicant's name in Vietnamese, in an embedded font. Every form is printed from a dossier that went through the
 * real steps (timers, apology task, hand-overs between agencies).
 */
class PrintedFormsTest extends ApiTestSupport {

    private static final String APPLICANT = "Nguyễn Thị Hồng Nhung";

    @Test
    void receiptPrintsTitleCodeApplicantAndAppointmentInAnEmbeddedVietnameseFont() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        byte[] pdf = pdf("clerk", code, "receipt");
        Pdfs.keep("receipt", pdf);
        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains(
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        code,
                        APPLICANT,
                        "Đăng ký thành lập hộ kinh doanh",
                        "09 giờ 00 phút, ngày 03 tháng 3 năm 2025",
                        "09 giờ 00 phút, ngày 06 tháng 3 năm 2025",
                        "Phường Hồ Sen, ngày 03 tháng 3 năm 2025",
                        "NGƯỜI NỘP HỒ SƠ",
                        "NGƯỜI TIẾP NHẬN HỒ SƠ",
                        "Nguyễn Thị Tiếp Nhận");
        Pdfs.assertFontsEmbedded(pdf);
        // The office's public address (motcua.public-base-url in the test profile), not the server's own.
        assertThat(Pdfs.qrCode(pdf)).isEqualTo("https://dichvucong.hosen.example.vn/motcua/tra-cuu?code=" + code);
        assertThat(text).contains("7. Tra cứu tình trạng hồ sơ tại: https://dichvucong.hosen.example.vn/motcua/tra-");
    }

    @Test
    void supplementRequestListsEveryMissingDocument() throws Exception {
        clockAt("2025-03-03T10:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.put("reason", "Hồ sơ thiếu giấy tờ");
        body.putArray("missingDocuments").add("Bản sao căn cước của chủ hộ").add("Hợp đồng thuê địa điểm kinh doanh");
        String code = intake(body).get("code").asText();

        byte[] pdf = pdf("clerk", code, "supplement-request");
        Pdfs.keep("supplement-request", pdf);
        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains(
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        code,
                        APPLICANT,
                        "1. Bản sao căn cước của chủ hộ",
                        "2. Hợp đồng thuê địa điểm kinh doanh",
                        "Hồ sơ thiếu giấy tờ",
                        "NGƯỜI HƯỚNG DẪN");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void refusalPrintsTheReason() throws Exception {
        clockAt("2025-03-03T10:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REFUSE");
        body.put("reason", "Ngành nghề thuộc danh mục cấm kinh doanh");
        String code = intake(body).get("code").asText();

        byte[] pdf = pdf("clerk", code, "refusal");
        Pdfs.keep("refusal", pdf);
        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains(
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        code,
                        APPLICANT,
                        "Ngành nghề thuộc danh mục cấm kinh doanh");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void formsOfEventsThatDidNotHappenAreNotFound() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        assertThat(notFound("clerk", code, "refusal")).contains("not refused");
        assertThat(notFound("clerk", code, "apology")).contains("No apology");
        assertThat(notFound("clerk", code, "supplement-request")).contains("No supplement");
        assertThat(notFound("clerk", code, "invoice")).contains("Unknown form");
        assertThat(notFound("clerk", "000.00.15.H12-250303-9999", "receipt")).contains("Unknown dossier");

        ObjectNode refused = intakeBody("HO-KINH-DOANH", "REFUSE");
        refused.put("reason", "Không thuộc thẩm quyền");
        assertThat(notFound("clerk", intake(refused).get("code").asText(), "receipt"))
                .contains("not been received");
    }

    @Test
    void apologyPrintsReasonAndNewAppointment() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2025-03-05T10:00:00+07:00");
        String apologyTask = null;
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks"))) {
            if (code.equals(task.get("dossierCode").asText())
                    && "Task_IssueApology".equals(task.get("key").asText())) {
                apologyTask = task.get("id").asText();
            }
        }
        assertThat(postAs(
                                "handler.tckh",
                                java.util.Map.of(
                                        "outcome",
                                        "ISSUE_APOLOGY",
                                        "reason",
                                        "Chờ xác minh địa điểm kinh doanh",
                                        "newDueAt",
                                        "2025-03-10T16:00:00+07:00"),
                                "/api/tasks/{id}/complete",
                                apologyTask)
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);

        byte[] pdf = pdf("handler.tckh", code, "apology");
        Pdfs.keep("apology", pdf);
        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains(
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                        code,
                        APPLICANT,
                        "Chờ xác minh địa điểm kinh doanh",
                        "16 giờ 00 phút, ngày 10 tháng 3 năm 2025",
                        "09 giờ 00 phút, ngày 06 tháng 3 năm 2025",
                        "Phòng Kinh tế phường Hồ Sen",
                        "Lê Thị Kế Hoạch");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void controlSheetHasOneRowPerHandOverWithItsTimeliness() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("DAT-DAI-GCN").get("code").asText();
        // Land office: early (share due 19/3); tax office: on time (share due 14/3 15:00); land office: late.
        clockAt("2025-03-07T15:00:00+07:00");
        completeOk("handler.datdai", code, java.util.Map.of("outcome", "HAND_ON"));
        clockAt("2025-03-14T14:00:00+07:00");
        completeOk("handler.thue", code, java.util.Map.of("outcome", "HAND_ON"));
        clockAt("2025-04-01T10:00:00+07:00");
        completeOk("handler.datdai", code, java.util.Map.of("outcome", "HAND_ON"));
        completeOk("approver", code, java.util.Map.of("outcome", "SIGN"));

        byte[] pdf = pdf("supervisor", code, "control-sheet");
        Pdfs.keep("control-sheet", pdf);
        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        code,
                        APPLICANT,
                        "Chi nhánh Văn phòng đăng ký đất đai",
                        "Thuế cơ sở 1 tỉnh Demo",
                        "Phạm Văn Đất Đai",
                        "Hoàng Thị Thuế",
                        "15 giờ 00 phút, ngày 07/03/2025",
                        "Trước hạn",
                        "Đúng hạn",
                        "Quá hạn");
        // Once in the column header, once more for the row that bears it.
        assertThat(Pdfs.occurrences(text, "Trước hạn")).isEqualTo(2);
        assertThat(Pdfs.occurrences(text, "Đúng hạn")).isEqualTo(2);
        assertThat(Pdfs.occurrences(text, "Quá hạn")).isEqualTo(2);
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void formsPrintedAfterARenameNameTheDepartmentAsTheDossierKnewIt() throws Exception {
        clockAt("2027-08-02T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAt("2027-08-02T10:00:00+07:00");
        askSupplement(code);
        clockAt("2027-08-02T11:00:00+07:00");
        bringSupplement(code);
        clockAtAndFireTimers("2027-08-04T12:00:00+07:00");
        String apologyTask = null;
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks?dossierCode={code}", code))) {
            if ("Task_IssueApology".equals(task.get("key").asText())) {
                apologyTask = task.get("id").asText();
            }
        }
        expect(
                204,
                postAs(
                        "handler.tckh",
                        java.util.Map.of(
                                "outcome", "ISSUE_APOLOGY",
                                "reason", "Chờ xác minh địa điểm kinh doanh",
                                "newDueAt", "2027-08-09T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        apologyTask));

        JsonNode department = body(getAs("admin", "/api/admin/departments/TC-KH"));
        String dayName = department.get("name").asText();
        java.util.Map<String, Object> renamed = new java.util.HashMap<>();
        renamed.put("code", "TC-KH");
        renamed.put("unitCode", department.get("unitCode").asText());
        renamed.put("kind", department.get("kind").asText());
        renamed.put("name", "Phòng Kinh tế, Hạ tầng và Đô thị");
        expect(200, putAs("admin", renamed, "/api/admin/departments/TC-KH"));
        try {
            for (String kind : java.util.List.of("supplement-request", "apology", "control-sheet")) {
                assertThat(Pdfs.text(pdf("supervisor", code, kind)))
                        .as(kind)
                        .contains(dayName)
                        .doesNotContain("Hạ tầng và Đô thị");
            }
        } finally {
            renamed.put("name", dayName);
            expect(200, putAs("admin", renamed, "/api/admin/departments/TC-KH"));
        }
    }

    @Test
    void handlerOfAnotherDepartmentMayNotPrintTheForms() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        MvcResult other = getAs("handler.tuphap", "/api/dossiers/{code}/documents/receipt.pdf", code);
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(other).get("error").asText()).isEqualTo("forbidden");
        assertThat(getAs("handler.tckh", "/api/dossiers/{code}/documents/receipt.pdf", code)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(getAs(null, "/api/dossiers/{code}/documents/receipt.pdf", code)
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    private byte[] pdf(String user, String code, String kind) throws Exception {
        MvcResult result = getAs(user, "/api/dossiers/{code}/documents/{kind}.pdf", code, kind);
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        return result.getResponse().getContentAsByteArray();
    }

    private String notFound(String user, String code, String kind) throws Exception {
        MvcResult result = getAs(user, "/api/dossiers/{code}/documents/{kind}.pdf", code, kind);
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        JsonNode error = body(result);
        assertThat(error.get("status").asInt()).isEqualTo(404);
        return error.get("message").asText();
    }

    private long dossierId(String code) {
        return jdbc.queryForObject("SELECT id FROM dossier WHERE code = ?", Long.class, code);
    }

    /** Bound as MyBatis binds an Instant, so the row reads back as the same instant on H2 and MariaDB. */
}
