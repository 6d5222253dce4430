package vn.motcua.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.document.Pdfs;
import vn.motcua.support.ApiTestSupport;

/**
 * Personal data kept to those who need it (Law 91/2025/QH15, Decree 356/2025/NĐ-CP; docs/domain.md, "Dữ liệu cá
 * nhân"): masked for supervisors and administrators everywhere they read dossiers, in full for the desk and the
 * holder of a task, opened in full with a logged reason, and erased from closed dossiers after the retention.
 */
class PersonalDataTest extends ApiTestSupport {

    private static final String ID_NUMBER = "001190012345";
    private static final String PHONE = "0912345678";
    private static final String STREET = "Lê Lợi";

    @Test
    void supervisorSeesTheApplicantMaskedInTheDossierListsBoardDrillDownExportsAndForms() throws Exception {
        clockAt("2025-08-04T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        JsonNode applicant =
                expect(200, getAs("supervisor", "/api/dossiers/{code}", code)).get("applicant");
        assertThat(applicant.get("fullName").asText()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(applicant.get("idNumber").asText()).isEqualTo("001******345");
        assertThat(applicant.get("phone").asText()).isEqualTo("*******678");
        assertThat(applicant.get("email").asText()).isEqualTo("n***@example.vn");
        assertThat(applicant.get("address").asText()).isEqualTo("***, xã Demo");
        assertThat(applicant.get("disclosure").asText()).isEqualTo("MASKED");
        assertThat(expect(200, getAs("admin", "/api/dossiers/{code}", code))
                        .get("applicant")
                        .get("disclosure")
                        .asText())
                .isEqualTo("MASKED");

        assertNoPersonalData(getAs("supervisor", "/api/dossiers?procedureCode=HO-KINH-DOANH&size=200"), code);
        String period = "from=2025-08-04&to=2025-08-04&unit=PHUONG-HO-SEN";
        assertNoPersonalData(getAs("supervisor", "/api/indicators/dossiers?metric=received&size=500&" + period), code);
        assertNoPersonalData(getAs("supervisor", "/api/indicators?groupBy=procedure&format=csv&" + period), null);
        assertNoPersonalData(getAs("supervisor", "/api/indicators?groupBy=procedure&format=xlsx&" + period), null);

        byte[] receipt = expect200Bytes(getAs("supervisor", "/api/dossiers/{code}/documents/receipt.pdf", code));
        assertThat(Pdfs.text(receipt))
                .contains("Nguyễn Thị Hồng Nhung", "*******678")
                .doesNotContain(PHONE, STREET);
        assertThat(Pdfs.text(expect200Bytes(getAs("clerk", "/api/dossiers/{code}/documents/receipt.pdf", code))))
                .contains(PHONE, STREET);

        Row supervisorLine = bookLine("supervisor", code);
        assertThat(supervisorLine.getCell(4).getStringCellValue()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(supervisorLine.getCell(5).getStringCellValue()).isEqualTo("***, xã Demo");
        assertThat(supervisorLine.getCell(6).getStringCellValue()).isEqualTo("*******678");
        Row clerkLine = bookLine("clerk", code);
        assertThat(clerkLine.getCell(5).getStringCellValue()).isEqualTo("Số 12, đường Lê Lợi, xã Demo");
        assertThat(clerkLine.getCell(6).getStringCellValue()).isEqualTo(PHONE);

        clockAt("2025-09-01T09:00:00+07:00");
        MvcResult board = getAs("supervisor", "/api/overdue");
        assertThat(board.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(code);
        assertNoPersonalData(board, code);
    }

    @Test
    void theDeskSeesTheFullRecordOfItsDossiersAndAnotherDeskNothing() throws Exception {
        clockAt("2025-08-05T09:00:00+07:00");
        JsonNode intake = accepted("HO-KINH-DOANH");
        String code = intake.get("code").asText();
        assertThat(intake.get("applicant").get("idNumber").asText()).isEqualTo(ID_NUMBER);

        JsonNode applicant =
                expect(200, getAs("clerk", "/api/dossiers/{code}", code)).get("applicant");
        assertThat(applicant.get("disclosure").asText()).isEqualTo("FULL");
        assertThat(applicant.get("idNumber").asText()).isEqualTo(ID_NUMBER);
        assertThat(applicant.get("phone").asText()).isEqualTo(PHONE);
        assertThat(applicant.get("address").asText()).isEqualTo("Số 12, đường Lê Lợi, xã Demo");

        // Another unit's desk does not read it at all (DossierQueries scopes a clerk to his unit).
        expect(403, getAs("clerk.donglua", "/api/dossiers/{code}", code));
    }

    @Test
    void handlerAndApproverSeeTheFullRecordWhileTheirTaskWaitsAndMaskedOnceItIsDone() throws Exception {
        clockAt("2025-08-06T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        assertThat(disclosureFor("handler.tckh", code)).isEqualTo("FULL");
        assertThat(disclosureFor("approver", code)).isEqualTo("MASKED");

        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        assertThat(disclosureFor("handler.tckh", code)).isEqualTo("MASKED");
        assertThat(disclosureFor("approver", code)).isEqualTo("FULL");
    }

    @Test
    void openingTheFullRecordWithAReasonLogsOneEntryAndWithoutAReasonIsRefused() throws Exception {
        clockAt("2025-08-07T10:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        long before = count("personal_data_access");

        JsonNode noReason = expect(
                400,
                call(
                        post("/api/dossiers/{code}/personal-data", code)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"),
                        "supervisor"));
        assertThat(noReason.get("fields").has("reason")).isTrue();
        expect(400, postAs("supervisor", Map.of("reason", "  "), "/api/dossiers/{code}/personal-data", code));
        expect(
                403,
                postAs(
                        "supervisor.donglua",
                        Map.of("reason", "Kiểm tra hồ sơ"),
                        "/api/dossiers/{code}/personal-data",
                        code));
        expect(
                404,
                postAs(
                        "supervisor",
                        Map.of("reason", "Kiểm tra hồ sơ"),
                        "/api/dossiers/{code}/personal-data",
                        "000.00.15.H12-250807-9999"));
        assertThat(count("personal_data_access")).isEqualTo(before);

        String reason = "Công dân khiếu nại chưa nhận được tin nhắn hẹn trả kết quả";
        JsonNode opened =
                expect(200, postAs("supervisor", Map.of("reason", reason), "/api/dossiers/{code}/personal-data", code));
        assertThat(opened.get("applicant").get("idNumber").asText()).isEqualTo(ID_NUMBER);
        assertThat(opened.get("applicant").get("phone").asText()).isEqualTo(PHONE);
        assertThat(opened.get("applicant").get("disclosure").asText()).isEqualTo("FULL");
        assertThat(count("personal_data_access")).isEqualTo(before + 1);
        // The opening shows the record once; the dossier stays masked for the supervisor.
        assertThat(disclosureFor("supervisor", code)).isEqualTo("MASKED");

        JsonNode log = expect(200, getAs("admin", "/api/admin/personal-data-access?dossier={code}", code));
        assertThat(log).hasSize(1);
        JsonNode entry = log.get(0);
        assertThat(entry.get("actor").asText()).isEqualTo("supervisor");
        assertThat(entry.get("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(entry.get("dossierCode").asText()).isEqualTo(code);
        assertThat(entry.get("reason").asText()).isEqualTo(reason);
        assertThat(entry.get("at").asText()).startsWith("2025-08-07T10:00");
        assertThat(entry.get("clientAddress").asText()).isNotBlank();
        assertThat(expect(
                                200,
                                getAs(
                                        "admin",
                                        "/api/admin/personal-data-access?from=2025-08-07&to=2025-08-07&actor=supervisor"))
                        .findValuesAsText("dossierCode"))
                .contains(code);
        assertThat(expect(200, getAs("admin", "/api/admin/personal-data-access?from=2025-08-08&dossier={c}", code)))
                .isEmpty();
        expect(400, getAs("admin", "/api/admin/personal-data-access?from=2025-08-08&to=2025-08-07"));
        expect(403, getAs("supervisor", "/api/admin/personal-data-access"));
        expect(403, getAs("clerk", "/api/admin/personal-data-access"));

        assertThatThrownBy(
                        () -> jdbc.update("UPDATE personal_data_access SET reason = 'x' WHERE dossier_code = ?", code))
                .as("the log is append-only")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void purgeErasesThePersonalDataOfDossiersClosedLongerThanTheRetentionAndKeepsTheRecentOnes() throws Exception {
        clockAt("2019-03-04T09:00:00+07:00");
        String old = refused();
        clockAt("2021-03-01T09:00:00+07:00");
        String recent = refused();
        long oldTimeline = timelineLines(old);

        clockAt("2024-06-03T09:00:00+07:00");
        JsonNode preview = expect(200, postAs("admin", Map.of(), "/api/admin/privacy/purge"));
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("retention").asText()).isEqualTo("P5Y");
        assertThat(preview.get("closedBefore").asText()).startsWith("2019-06-03T09:00");
        assertThat(preview.get("codes").toString()).contains(old).doesNotContain(recent);
        assertThat(idNumberOf(old)).isEqualTo(ID_NUMBER);
        expect(403, postAs("supervisor", Map.of(), "/api/admin/privacy/purge?dryRun=false"));
        assertThat(idNumberOf(old)).isEqualTo(ID_NUMBER);

        JsonNode done = expect(200, postAs("admin", Map.of(), "/api/admin/privacy/purge?dryRun=false"));
        assertThat(done.get("dryRun").asBoolean()).isFalse();
        assertThat(done.get("codes").toString()).contains(old).doesNotContain(recent);

        JsonNode erased = dossier(old);
        assertThat(erased.get("applicant").get("disclosure").asText()).isEqualTo("ERASED");
        assertThat(erased.get("applicant").get("fullName").isNull()).isTrue();
        assertThat(erased.get("applicant").get("phone").isNull()).isTrue();
        assertThat(erased.get("status").asText()).isEqualTo("REFUSED");
        assertThat(idNumberOf(old)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT personal_data_erased_at FROM dossier WHERE code = ?", java.sql.Timestamp.class, old))
                .isNotNull();
        assertThat(jdbc.queryForObject("SELECT closed_at FROM dossier WHERE code = ?", java.sql.Timestamp.class, old))
                .isNotNull();
        assertThat(timelineLines(old)).isEqualTo(oldTimeline);
        assertThat(expect(
                                200,
                                postAs(
                                        "clerk",
                                        Map.of("reason", "Công dân hỏi lại"),
                                        "/api/dossiers/{c}/personal-data",
                                        old))
                        .get("applicant")
                        .get("disclosure")
                        .asText())
                .isEqualTo("ERASED");

        assertThat(idNumberOf(recent)).isEqualTo(ID_NUMBER);
        assertThat(dossier(recent).get("applicant").get("disclosure").asText()).isEqualTo("MASKED");
        assertThat(expect(200, getAs("admin", "/api/admin/log?kind=PERSONAL_DATA_ERASED"))
                        .toString())
                .contains(old);
        assertThat(expect(200, postAs("admin", Map.of(), "/api/admin/privacy/purge?dryRun=false"))
                        .get("codes")
                        .toString())
                .doesNotContain(old);
    }

    private String refused() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REFUSE");
        body.put("reason", "Không thuộc thẩm quyền");
        return intake(body).get("code").asText();
    }

    private String disclosureFor(String user, String code) throws Exception {
        return expect(200, getAs(user, "/api/dossiers/{code}", code))
                .get("applicant")
                .get("disclosure")
                .asText();
    }

    private String idNumberOf(String code) {
        return jdbc.queryForObject("SELECT applicant_id_number FROM dossier WHERE code = ?", String.class, code);
    }

    private long timelineLines(String code) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = ?",
                Long.class,
                code);
    }

    private byte[] expect200Bytes(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private Row bookLine(String user, String code) throws Exception {
        byte[] book = expect200Bytes(
                getAs(user, "/api/dossiers/tracking-book.xlsx?from={f}&to={t}", "2025-08-04", "2025-08-04"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError(code + " is not in " + user + "'s tracking book");
    }

    /** Neither the raw identity number, nor the phone, nor the street appears in the answer (JSON, CSV or XLSX). */
    private void assertNoPersonalData(MvcResult result, String code) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        String content = result.getResponse().getContentType() != null
                        && result.getResponse().getContentType().contains("spreadsheetml")
                ? xlsxText(result.getResponse().getContentAsByteArray())
                : result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (code != null) {
            assertThat(content).contains(code);
        }
        assertThat(content).doesNotContain(ID_NUMBER, PHONE, STREET);
    }

    private static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|'))));
        }
        return text.toString();
    }
}
