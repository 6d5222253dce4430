package vn.motcua.procedure.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a catalog file, line by line: CSV (UTF-8 with or without BOM, separated by commas or semicolons, quoted
 * cells may hold line breaks) or XLSX (the first sheet). Line 1 is the header.
 */
public final class CatalogFile {

    /** What a file may hold at most: more is refused with 413 (docs/api.md). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final int MAX_ROWS = 5000;

    private CatalogFile() {}

    /** A file this office cannot read at all; the controller answers 400 naming {@code file}. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** A file over {@link #MAX_BYTES} or {@link #MAX_ROWS}; 413. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    static List<List<String>> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new Unreadable("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("the file is larger than 2 MB");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        List<List<String>> rows = zip || name.endsWith(".xlsx") ? xlsx(content) : csv(content);
        if (rows.size() - 1 > MAX_ROWS) {
            throw new TooLarge("the file has more than " + MAX_ROWS + " rows");
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw new Unreadable("the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new TooLarge("the file has more than " + MAX_ROWS + " rows");
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge || e instanceof Unreadable) {
                throw (RuntimeException) e;
            }
            throw new Unreadable("not a readable XLSX workbook");
        }
        return rows;
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text: save the CSV as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 1) {
                    throw new TooLarge("the file has more than " + MAX_ROWS + " rows");
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("a quoted cell is never closed");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The separator of the header line: the one of comma and semicolon that occurs more often outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
