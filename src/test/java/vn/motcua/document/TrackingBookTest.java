package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/** The tracking book (Sổ theo dõi hồ sơ, Mẫu 06) as XLSX, read back with POI. */
class TrackingBookTest extends ApiTestSupport {

    private static final String URL = "/api/dossiers/tracking-book.xlsx?from={from}&to={to}";

    @Test
    void bookHasVietnameseHeadersAndOneLinePerDossierReceivedInThePeriod() throws Exception {
        clockAt("2025-07-14T08:30:00+07:00");
        String first = accepted("HO-KINH-DOANH").get("code").asText();
        clockAt("2025-07-14T16:30:00+07:00");
        String second = accepted("KHAI-SINH").get("code").asText();
        clockAt("2025-07-15T09:00:00+07:00");
        String nextDay = accepted("HO-KINH-DOANH").get("code").asText();

        MvcResult result = getAs("clerk", URL, "2025-07-14", "2025-07-14");
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            // July 2025: the book is Mẫu 07 of Circular 03/2025/TT-VPCP.
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("SỔ THEO DÕI HỒ SƠ (Mẫu số 07, Thông tư số 03/2025/TT-VPCP)");
            Row header = sheet.getRow(TrackingBook.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .startsWith("STT", "Mã hồ sơ", "Tên TTHC")
                    .contains(
                            "Tên tổ chức/cá nhân",
                            "Địa chỉ",
                            "Số điện thoại",
                            "Ngày nhận",
                            "Ngày hẹn trả",
                            "Ngày chuyển hồ sơ",
                            "Ngày có kết quả",
                            "Ngày trả kết quả",
                            "Ký nhận",
                            "Ghi chú");

            List<String> codes = new ArrayList<>();
            for (int r = TrackingBook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                codes.add(row.getCell(1).getStringCellValue());
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r - TrackingBook.HEADER_ROW);
            }
            Long inPeriod = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM dossier WHERE received_on = DATE '2025-07-14' AND receiving_unit_code = 'PHUONG-HO-SEN'",
                    Long.class);
            assertThat(codes)
                    .hasSize(inPeriod.intValue())
                    .contains(first, second)
                    .doesNotContain(nextDay);
            Row line = sheet.getRow(TrackingBook.HEADER_ROW + 1 + codes.indexOf(first));
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("Đăng ký thành lập hộ kinh doanh");
            assertThat(line.getCell(4).getStringCellValue()).isEqualTo("Nguyễn Thị Hồng Nhung");
            assertThat(line.getCell(8).getLocalDateTimeCellValue()).hasToString("2025-07-14T08:30");
        }
    }

    @Test
    void bookPathIsNotTakenForADossierCode() throws Exception {
        MvcResult result = getAs("supervisor", URL, "2030-01-01", "2030-01-31");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
    }

    @Test
    void onlyDeskSupervisorsAndAdministratorsReadTheBook() throws Exception {
        assertThat(getAs("admin", URL, "2025-07-14", "2025-07-14").getResponse().getStatus())
                .isEqualTo(200);
        MvcResult handler = getAs("handler.tckh", URL, "2025-07-14", "2025-07-14");
        assertThat(handler.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(handler).get("error").asText()).isEqualTo("forbidden");
        assertThat(getAs("approver", URL, "2025-07-14", "2025-07-14")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void badDatesAreRejectedNamingTheField() throws Exception {
        MvcResult month13 = getAs("clerk", URL, "2025-13-01", "2025-12-31");
        assertThat(month13.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(month13).get("fields").has("from")).isTrue();

        MvcResult backwards = getAs("clerk", URL, "2025-07-15", "2025-07-14");
        assertThat(backwards.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(backwards).get("fields").has("to")).isTrue();

        MvcResult missing = getAs("clerk", "/api/dossiers/tracking-book.xlsx?from=2025-07-14");
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).get("fields").has("to")).isTrue();
    }
}
