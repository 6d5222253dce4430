package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.dossier.PersonalData;
import vn.motcua.law.Form;
import vn.motcua.law.RuleSet;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * The tracking book of the desk (Sổ theo dõi hồ sơ, Mẫu 06 of Circular 01/2018/TT-VPCP; Mẫu 07 of Circular
 * 03/2025/TT-VPCP) as a spreadsheet: one line per dossier of the staff member's unit received in the period.
 */
@Service
@Transactional(readOnly = true)
class TrackingBook {

    /** The desk keeps the book; supervisors and administrators read it. */
    private static final Set<Role> READERS = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);

    /** The row of the column headers; the title and the period sit above it. */
    static final int HEADER_ROW = 3;

    static final List<String> HEADERS = List.of(
            "STT",
            "Mã hồ sơ",
            "Tên TTHC",
            "Số lượng hồ sơ (bộ)",
            "Tên tổ chức/cá nhân",
            "Địa chỉ",
            "Số điện thoại",
            "Cơ quan chủ trì giải quyết",
            "Ngày nhận",
            "Ngày hẹn trả",
            "Ngày chuyển hồ sơ",
            "Ngày có kết quả",
            "Ngày trả kết quả",
            "Ký nhận",
            "Ghi chú");

    private static final int[] WIDTHS = {6, 24, 40, 10, 26, 36, 14, 28, 17, 17, 17, 17, 17, 20, 30};

    private final DocumentMapper mapper;
    private final OfficeDirectory office;
    private final ProcedureCatalog procedures;
    private final ZoneId zone;

    TrackingBook(DocumentMapper mapper, OfficeDirectory office, ProcedureCatalog procedures, Clock clock) {
        this.mapper = mapper;
        this.office = office;
        this.procedures = procedures;
        this.zone = clock.getZone();
    }

    /**
     * The book from {@code from} to {@code to}, both dates in the office time zone and inclusive, as XLSX bytes.
     *
     * @throws InvalidFieldException naming {@code from} or {@code to} when a date is malformed or the period is empty
     * @throws AccessDeniedException for handlers and approvers, who do not keep the desk's book
     */
    byte[] export(String from, String to, Staff staff) {
        if (!READERS.contains(staff.role())) {
            throw new AccessDeniedException(
                    "The tracking book is kept by the desk; supervisors and administrators read it");
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        List<FormData.BookLine> lines =
                mapper.trackingBook(office.isRoot(staff.unitCode()) ? null : staff.unitCode(), first, last);
        return workbook(office.unit(staff.unitCode()).name(), first, last, lines, !staff.hasRole(Role.CLERK));
    }

    /**
     * The book; {@code masked} for supervisors and administrators, who read it for its dates and counts and see the
     * applicants' addresses and phones masked (Law 91/2025/QH15, Art. 3; docs/domain.md, "Dữ liệu cá nhân").
     */
    private byte[] workbook(
            String unitName, LocalDate from, LocalDate to, List<FormData.BookLine> lines, boolean masked) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sổ theo dõi hồ sơ");
            Styles styles = new Styles(book);

            // The book of a period follows the rules in force at its end: Mẫu 06 of Circular 01/2018, Mẫu 07 of
            // 03/2025.
            RuleSet rules = RuleSet.on(to);
            RuleSet.FormSpec form = rules.form(Form.TRACKING_BOOK).orElseThrow();
            Row title = sheet.createRow(0);
            cell(title, 0, form.title() + " (" + form.label() + ", " + rules.circular() + ")", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row period = sheet.createRow(1);
            cell(
                    period,
                    0,
                    unitName + " – từ " + VietnameseDates.date(from) + " đến " + VietnameseDates.date(to),
                    styles.centred);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));

            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.size(); i++) {
                cell(header, i, HEADERS.get(i), styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);

            int n = 0;
            for (FormData.BookLine line : lines) {
                Row row = sheet.createRow(HEADER_ROW + 1 + n);
                n++;
                row.createCell(0).setCellValue(n);
                row.getCell(0).setCellStyle(styles.text);
                cell(row, 1, line.code(), styles.text);
                cell(row, 2, line.procedureName(), styles.text);
                row.createCell(3).setCellValue(1);
                row.getCell(3).setCellStyle(styles.text);
                cell(row, 4, line.applicantFullName(), styles.text);
                cell(
                        row,
                        5,
                        masked ? PersonalData.address(line.applicantAddress()) : line.applicantAddress(),
                        styles.text);
                cell(row, 6, masked ? PersonalData.phone(line.applicantPhone()) : line.applicantPhone(), styles.text);
                cell(row, 7, leadDepartment(line.procedureCode()), styles.text);
                instant(row, 8, line.receivedAt(), styles.dateTime);
                instant(row, 9, line.dueAt(), styles.dateTime);
                instant(row, 10, line.firstHandedAt(), styles.dateTime);
                instant(row, 11, line.resultReadyAt(), styles.dateTime);
                instant(row, 12, line.returnedAt(), styles.dateTime);
                cell(row, 13, line.returnedTo(), styles.text);
                cell(row, 14, note(line), styles.text);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ghi chú: a new appointment after an apology, and how the dossier ended where that is not the plain case. */
    private String note(FormData.BookLine line) {
        StringBuilder note = new StringBuilder();
        if (line.rescheduledDueAt() != null) {
            note.append("Hẹn lại: ")
                    .append(VietnameseDates.dateTime(line.rescheduledDueAt().atZone(zone)));
        }
        String outcome = line.timeliness() != null
                ? PrintedForms.timeliness(line.timeliness())
                : switch (line.status()) {
                    case "SUSPENDED" -> "Chờ bổ sung hồ sơ";
                    case "REJECTED" -> "Trả lại, không đủ điều kiện";
                    case "WITHDRAWN" -> "Rút hồ sơ";
                    default -> null;
                };
        if (outcome != null) {
            if (!note.isEmpty()) {
                note.append("; ");
            }
            note.append(outcome);
        }
        return note.toString();
    }

    private String leadDepartment(String procedureCode) {
        return procedures
                .find(procedureCode)
                .map(Procedure::agencies)
                .filter(a -> !a.isEmpty())
                .map(a -> a.get(0).department())
                .map(code -> office.department(code).map(Department::name).orElse(code))
                .orElse("");
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date YYYY-MM-DD");
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** A real date-time cell in office time, so the book sorts and filters as dates. */
    private void instant(Row row, int column, Instant value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, zone));
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle centred;
        final CellStyle header;
        final CellStyle text;
        final CellStyle dateTime;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            centred = book.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered(book);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime = bordered(book);
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            return style;
        }
    }
}
