package vn.motcua.procedure.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catalog file into {@link CatalogRow}s, and refuses each line it cannot read with its line number, code and
 * the reason (docs/catalog.md, "Format").
 */
public final class CatalogParser {

    /** The columns, by the headers the national database and provinces' Quyết định công bố use. */
    enum Column {
        CODE(true, "ma thu tuc", "ma tthc", "ma so tthc", "ma so", "ma"),
        NAME(true, "ten thu tuc", "ten thu tuc hanh chinh", "ten tthc"),
        FIELD(true, "linh vuc"),
        LEVEL(true, "cap thuc hien"),
        TIME_LIMIT(true, "thoi han giai quyet", "thoi gian giai quyet"),
        FEE(true, "phi le phi", "le phi", "phi"),
        DOCUMENTS(false, "thanh phan ho so"),
        AGENCY(false, "co quan thuc hien"),
        LEGAL_BASIS(false, "can cu phap ly"),
        NOTE(false, "ghi chu");

        final boolean required;
        final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }
    }

    /** A line that is not imported, and why (in Vietnamese: the office's administrator reads it). */
    public record Refusal(int row, String code, String reason) {}

    /** What a file holds: the rows read, and the lines refused. */
    public record Parsed(List<CatalogRow> rows, List<Refusal> refused) {}

    private static final Pattern NATIONAL_CODE = Pattern.compile("^(\\d\\.\\d{6})(?:\\.[0-9A-Za-z.]+)?$");

    private final CatalogMapping mapping;

    public CatalogParser(CatalogMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * @throws IllegalArgumentException when the header lacks a required column (the whole file is unreadable)
     */
    public Parsed parse(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the file has no header line");
        }
        Map<Column, Integer> at = header(lines.get(0));
        List<CatalogRow> rows = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int rowNumber = i + 1;
            String rawCode = cell(cells, at, Column.CODE);
            try {
                CatalogRow row = row(rowNumber, cells, at);
                if (!seen.add(row.code())) {
                    throw new IllegalArgumentException("mã thủ tục " + row.code() + " đã có ở một dòng trước");
                }
                rows.add(row);
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(rowNumber, rawCode.isEmpty() ? null : rawCode, e.getMessage()));
            }
        }
        return new Parsed(List.copyOf(rows), List.copyOf(refused));
    }

    private static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = CatalogText.key(cells.get(i));
            for (Column column : Column.values()) {
                if (!at.containsKey(column) && column.headers.contains(key)) {
                    at.put(column, i);
                    break;
                }
            }
        }
        List<String> missing = Arrays.stream(Column.values())
                .filter(c -> c.required && !at.containsKey(c))
                .map(c -> c.headers.get(0))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the columns " + missing
                    + " (Mã thủ tục, Tên thủ tục, Lĩnh vực, Cấp thực hiện, Thời hạn giải quyết, Phí, lệ phí)");
        }
        return at;
    }

    private CatalogRow row(int rowNumber, List<String> cells, Map<Column, Integer> at) {
        String localCode = cell(cells, at, Column.CODE);
        Matcher code = NATIONAL_CODE.matcher(localCode);
        if (!code.matches()) {
            throw new IllegalArgumentException(
                    localCode.isEmpty()
                            ? "thiếu mã thủ tục"
                            : "mã thủ tục \"" + localCode + "\" không đúng dạng của CSDL quốc gia (ví dụ 1.001193)");
        }
        String name = cell(cells, at, Column.NAME);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("thiếu tên thủ tục");
        }
        if (name.length() > 500) {
            throw new IllegalArgumentException("tên thủ tục dài quá 500 ký tự");
        }
        String field = cell(cells, at, Column.FIELD);
        if (field.isEmpty()) {
            throw new IllegalArgumentException("thiếu lĩnh vực");
        }
        String level = level(cell(cells, at, Column.LEVEL));
        CatalogTimeLimit limit = CatalogTimeLimit.parse(cell(cells, at, Column.TIME_LIMIT));
        CatalogFee fee = CatalogFee.parse(cell(cells, at, Column.FEE));
        CatalogMapping.Field handling = mapping.find(field, level)
                .orElseThrow(() -> new IllegalArgumentException("lĩnh vực \"" + field + "\" (cấp " + level
                        + ") chưa được gán phòng ban xử lý (motcua.catalog.fields)"));
        return new CatalogRow(
                rowNumber,
                code.group(1),
                localCode.equals(code.group(1)) ? null : localCode,
                name,
                field,
                level,
                limit,
                fee,
                documents(cell(cells, at, Column.DOCUMENTS)),
                blankToNull(cell(cells, at, Column.AGENCY)),
                blankToNull(cell(cells, at, Column.LEGAL_BASIS)),
                blankToNull(cell(cells, at, Column.NOTE)),
                handling.department(),
                blankToNull(handling.unit()),
                handling.template(),
                handling.processKey());
    }

    /** "Cấp Xã", "Xã", "XA", "Cấp Tỉnh" ...; several levels or the district level are refused. */
    private static String level(String text) {
        String key = CatalogText.key(text);
        boolean commune = key.matches(".*\\b(xa|phuong|dac khu)\\b.*");
        boolean province = key.matches(".*\\b(tinh|thanh pho truc thuoc trung uong)\\b.*");
        if (key.matches(".*\\bhuyen\\b.*")) {
            throw new IllegalArgumentException(
                    "cấp huyện không còn từ 01/7/2025 (chính quyền địa phương hai cấp): ghi Cấp Tỉnh hoặc Cấp Xã");
        }
        if (commune && province) {
            throw new IllegalArgumentException("nhiều cấp thực hiện \"" + text + "\": tách thành một dòng mỗi cấp");
        }
        if (commune) {
            return "XA";
        }
        if (province) {
            return "TINH";
        }
        throw new IllegalArgumentException(
                text.isBlank()
                        ? "thiếu cấp thực hiện"
                        : "không đọc được cấp thực hiện \"" + text + "\" (Cấp Tỉnh hoặc Cấp Xã)");
    }

    /** One document a line; list marks ("-", "+", "1.", "a)") dropped. */
    static List<String> documents(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.strip().replaceFirst("^(?:[-+•*]|\\d+[.)]|[a-zđ]\\))\\s*", ""))
                .map(CatalogText::normalize)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String cell(List<String> cells, Map<Column, Integer> at, Column column) {
        Integer index = at.get(column);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return column == Column.DOCUMENTS ? cells.get(index).strip() : CatalogText.normalize(cells.get(index));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
