package vn.motcua.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a file, one line per group and a last line for the whole scope, with Vietnamese headers. The CSV is
 * UTF-8 with a byte-order mark: without it Excel reads the file as the local ANSI code page and garbles Vietnamese.
 */
final class IndicatorExport {

    private record Column(String header, Function<Figures, Object> value) {}

    /** The counts from {@link Metric}, so that a figure added there is exported under its own header. */
    private static final List<Column> COLUMNS = Stream.concat(
                    Arrays.stream(Metric.values()).map(m -> new Column(m.label(), f -> f.count(m))),
                    Stream.of(
                            new Column("Tỷ lệ đúng hạn", Figures::onTimeRate),
                            new Column("Tỷ lệ trễ hạn", Figures::lateRate),
                            new Column("Tỷ lệ đúng hạn theo Cổng DVCQG", Figures::progressOnTimeRate),
                            new Column("Tỷ lệ trực tuyến", Figures::onlineRate),
                            new Column("Tỷ lệ số hóa", Figures::digitizedRate),
                            new Column("Tỷ lệ thanh toán trực tuyến", Figures::cashlessRate),
                            new Column("Tỷ lệ hài lòng", Figures::satisfactionRate),
                            new Column("Tỷ lệ xin lỗi đúng quy định", Figures::apologyCompliance),
                            new Column("Tỷ lệ đồng bộ lên Cổng DVC", Figures::syncedRate),
                            new Column("Tỷ lệ kết quả điện tử", Figures::electronicResultRate),
                            new Column("Tỷ lệ số hóa kết quả", Figures::digitizedResultRate),
                            new Column("Tỷ lệ tái sử dụng", Figures::reuseRate),
                            new Column(
                                    "Điểm QĐ 766 (đo được)", f -> f.score766().total()),
                            new Column("Điểm tối đa đo được", f -> f.score766().measuredMaxPoints())))
            .toList();

    private IndicatorExport() {}

    static byte[] csv(IndicatorReport report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<List<Object>> lines = lines(report);
        for (List<Object> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? "" : ",").append(csvField(line.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(IndicatorReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Chỉ số " + report.from() + " - " + report.to());
            List<List<Object>> lines = lines(report);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object v = line.get(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header, one line per group, and the whole scope last. */
    private static List<List<Object>> lines(IndicatorReport report) {
        List<List<Object>> lines = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("Mã", "Tên", "Xếp hạng"));
        COLUMNS.forEach(c -> header.add(c.header()));
        lines.add(header);
        if (report.groups() != null) {
            report.groups().forEach(g -> lines.add(line(g.key(), g.name(), g.rank(), g.figures())));
        }
        lines.add(line("TONG", "Tổng cộng " + report.from() + " – " + report.to(), null, report.total()));
        return lines;
    }

    private static List<Object> line(String key, String name, Integer rank, Figures figures) {
        List<Object> line = new ArrayList<>();
        line.add(key);
        line.add(name);
        line.add(rank);
        COLUMNS.forEach(c -> line.add(c.value().apply(figures)));
        return line;
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
