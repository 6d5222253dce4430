package vn.motcua.procedure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogParserTest {

    static final CatalogMapping MAPPING = new CatalogMapping(List.of(
            new CatalogMapping.Field("Hộ tịch", null, "TU-PHAP", null, "ONE_DEPARTMENT", "KhaiSinh"),
            new CatalogMapping.Field("Chứng thực", null, "TU-PHAP", null, "ONE_DEPARTMENT", "ChungThucBanSao")));

    private static CatalogParser.Parsed parse(String filename, byte[] content) {
        return new CatalogParser(MAPPING).parse(CatalogFile.read(filename, content));
    }

    @Test
    void csvWithBomAndSemicolons() {
        String csv = "\uFEFFMã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Thời hạn giải quyết;Phí, lệ phí;"
                + "Thành phần hồ sơ;Cơ quan thực hiện\n"
                + "1.001193.000.00.00.H12;Thủ tục đăng ký khai sinh;Hộ tịch;Cấp Xã;Trong ngày làm việc;"
                + "Miễn lệ phí;\"- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh\";Ủy ban nhân dân cấp xã\n";
        CatalogParser.Parsed parsed = parse("danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.refused()).isEmpty();
        CatalogRow row = parsed.rows().get(0);
        assertThat(row.code()).isEqualTo("1.001193");
        assertThat(row.localCode()).isEqualTo("1.001193.000.00.00.H12");
        assertThat(row.level()).isEqualTo("XA");
        assertThat(row.timeLimit().sameDay()).isTrue();
        assertThat(row.fee().kind()).isEqualTo(CatalogFee.Kind.FREE);
        assertThat(row.documents()).containsExactly("Tờ khai đăng ký khai sinh", "Giấy chứng sinh");
        assertThat(row.department()).isEqualTo("TU-PHAP");
        assertThat(row.processKey()).isEqualTo("KhaiSinh");
    }

    @Test
    void xlsxBuiltWithPoi() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh mục");
            String[][] cells = {
                {"STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Phí, lệ phí"},
                {"1", "2.000884", "Chứng thực chữ ký", "Chứng thực", "Cấp Xã", "Trong ngày", "10.000 đồng/trường hợp"},
                {"2", "1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "Xã", "03 ngày làm việc", "Không"}
            };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        CatalogParser.Parsed parsed = parse("danh-muc.xlsx", xlsx);

        assertThat(parsed.refused()).isEmpty();
        assertThat(parsed.rows()).extracting(CatalogRow::code).containsExactly("2.000884", "1.004873");
        assertThat(parsed.rows().get(0).fee().amount()).isEqualByComparingTo("10000");
        assertThat(parsed.rows().get(0).fee().unit()).isEqualTo("trường hợp");
        assertThat(parsed.rows().get(1).timeLimit().workingDays()).isEqualTo(3);
    }

    @Test
    void timeLimitWordings() {
        assertThat(CatalogTimeLimit.parse("03 ngày làm việc").workingDays()).isEqualTo(3);
        assertThat(CatalogTimeLimit.parse("Trong ngày làm việc").sameDay()).isTrue();
        assertThat(CatalogTimeLimit.parse("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
                        .workingDays())
                .isEqualTo(5);
        assertThat(CatalogTimeLimit.parse("10 giờ làm việc").workingHours()).isEqualTo(10);
        assertThat(CatalogTimeLimit.parse("Ngay trong ngày tiếp nhận; sau 15 giờ thì trong ngày làm việc tiếp theo")
                        .sameDay())
                .isTrue();
        assertThat(CatalogTimeLimit.parse("Trong thời hạn 07 ngày làm việc").workingDays())
                .isEqualTo(7);
        assertThatThrownBy(() -> CatalogTimeLimit.parse("15 ngày kể từ ngày nhận đủ hồ sơ"))
                .hasMessageContaining("không phải ngày làm việc");
        assertThatThrownBy(() -> CatalogTimeLimit.parse("Theo quy định")).hasMessageContaining("không đọc được");
    }

    @Test
    void feeWordings() {
        CatalogFee perDossier = CatalogFee.parse("100.000 đồng/hồ sơ");
        assertThat(perDossier.kind()).isEqualTo(CatalogFee.Kind.AMOUNT);
        assertThat(perDossier.amount()).isEqualByComparingTo(new BigDecimal("100000"));
        assertThat(perDossier.unit()).isEqualTo("hồ sơ");
        assertThat(CatalogFee.parse("Không").kind()).isEqualTo(CatalogFee.Kind.FREE);
        assertThat(CatalogFee.parse("Miễn phí").kind()).isEqualTo(CatalogFee.Kind.FREE);
        assertThat(CatalogFee.parse("Lệ phí: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định")
                        .kind())
                .isEqualTo(CatalogFee.Kind.PROVINCIAL);
        assertThat(CatalogFee.parse("8.000 đồng/bản sao").amount()).isEqualByComparingTo("8000");
        assertThatThrownBy(() -> CatalogFee.parse("")).hasMessageContaining("thiếu phí");
        assertThatThrownBy(() -> CatalogFee.parse("Theo quy định")).hasMessageContaining("không đọc được");
    }

    @Test
    void refusedRowsSayWhy() {
        String csv = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Phí lệ phí\n"
                + "ABC,Tên,Hộ tịch,Cấp Xã,03 ngày làm việc,Không\n"
                + "1.000894,Đăng ký kết hôn,Hộ tịch,Cấp Huyện,03 ngày làm việc,Không\n"
                + "1.000656,Đăng ký khai tử,Hộ tịch,Cấp Xã,15 ngày,Không\n"
                + "1.001612,Đăng ký thành lập hộ kinh doanh,Kinh doanh,Cấp Xã,03 ngày làm việc,Không\n"
                + "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Cấp Xã,03 ngày làm việc,Không\n"
                + "1.004873,Lần nữa,Hộ tịch,Cấp Xã,03 ngày làm việc,Không\n";
        CatalogParser.Parsed parsed = parse("x.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rows()).extracting(CatalogRow::code).containsExactly("1.004873");
        assertThat(parsed.refused())
                .extracting(CatalogParser.Refusal::row, CatalogParser.Refusal::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "ABC"),
                        org.assertj.core.groups.Tuple.tuple(3, "1.000894"),
                        org.assertj.core.groups.Tuple.tuple(4, "1.000656"),
                        org.assertj.core.groups.Tuple.tuple(5, "1.001612"),
                        org.assertj.core.groups.Tuple.tuple(7, "1.004873"));
        assertThat(parsed.refused().get(0).reason()).contains("không đúng dạng");
        assertThat(parsed.refused().get(1).reason()).contains("cấp huyện");
        assertThat(parsed.refused().get(2).reason()).contains("không phải ngày làm việc");
        assertThat(parsed.refused().get(3).reason()).contains("chưa được gán phòng ban");
        assertThat(parsed.refused().get(4).reason()).contains("đã có ở một dòng trước");
    }

    @Test
    void aFileWithoutTheColumnsIsUnreadable() {
        assertThatThrownBy(() -> parse("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the columns");
        assertThatThrownBy(() -> parse("x.csv", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(CatalogFile.Unreadable.class);
    }
}
