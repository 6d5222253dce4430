package vn.motcua.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.law.RuleSet;

/**
 * One printed form on A4, laid out as the forms of Circular 01/2018/TT-VPCP and the presentation rules of Decree
 * 30/2020/NĐ-CP: margins 30 mm left, 20 mm elsewhere; the issuing body top left and the national motto top right,
 * each over a short rule; the number and the place and date below them; the title in bold capitals; signatures
 * at the foot, each role in bold capitals over "(Ký và ghi rõ họ tên)".
 */
final class PdfForm {

    private static final float MM = 72f / 25.4f;
    /** What a form prints where the data is not known: a space to fill in by hand. */
    static final String BLANK = "……………………";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final Font normal;
    private final Font bold;
    private final Font italic;
    private final Font small;
    private final Font smallBold;
    private final Font smallItalic;
    private final Font title;

    PdfForm(FormFonts fonts, String documentTitle) {
        normal = new Font(fonts.regular, 13);
        bold = new Font(fonts.bold, 13);
        italic = new Font(fonts.italic, 13);
        small = new Font(fonts.regular, 11);
        smallBold = new Font(fonts.bold, 11);
        smallItalic = new Font(fonts.italic, 11);
        title = new Font(fonts.bold, 14);
        document = new Document(PageSize.A4, 30 * MM, 20 * MM, 15 * MM, 20 * MM);
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("Một Cửa");
        document.open();
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /**
     * The head of the form: its number, the issuing body (the unit over its desk or department) and the motto, then
     * the document number and the place and date of issue.
     */
    void header(RuleSet.FormSpec form, String numberSuffix, String unitName, String office, LocalDate issuedOn) {
        Paragraph number = new Paragraph(form.label(), smallItalic);
        number.setAlignment(Element.ALIGN_RIGHT);
        add(number);

        PdfPTable head = new PdfPTable(new float[] {46, 54});
        head.setWidthPercentage(100);
        head.setSpacingBefore(2);
        PdfPCell issuer = cell();
        issuer.addElement(centred(unitName.toUpperCase(java.util.Locale.forLanguageTag("vi")), small));
        issuer.addElement(centred(
                office.toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(smallBold.getBaseFont(), 10.5f)));
        issuer.addElement(rule(35, small));
        head.addCell(issuer);
        PdfPCell motto = cell();
        motto.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", smallBold));
        motto.addElement(centred("Độc lập - Tự do - Hạnh phúc", new Font(bold.getBaseFont(), 12)));
        motto.addElement(rule(55, small));
        head.addCell(motto);

        PdfPCell numberCell = cell();
        if (numberSuffix != null) {
            numberCell.addElement(centred("Số: ……/" + numberSuffix, small));
        }
        head.addCell(numberCell);
        PdfPCell date = cell();
        String place = place(unitName);
        date.addElement(centred((place == null ? "" : place + ", ") + VietnameseDates.date(issuedOn), italic));
        head.addCell(date);
        add(head);
    }

    /** The legal basis of the form, printed last: the decree it follows and the circular whose form it is. */
    void basis(String decree, RuleSet.FormSpec form, String circular) {
        Paragraph line = new Paragraph(
                "Căn cứ " + decree + "; " + form.label() + " ban hành kèm theo " + circular + ".", smallItalic);
        line.setSpacingBefore(10);
        add(line);
    }

    void title(String text) {
        Paragraph p = centred(text, title);
        p.setSpacingBefore(14);
        add(p);
    }

    /** A bold line under the title, such as "Mã hồ sơ: …". */
    void subtitle(String text) {
        Paragraph p = centred(text, bold);
        p.setSpacingAfter(8);
        add(p);
    }

    void italicCentred(String text) {
        add(centred(text, italic));
    }

    /** "Label: value", the value left blank for hand filling when unknown. */
    void field(String label, String value) {
        Paragraph p = new Paragraph("", normal);
        p.setLeading(normal.getSize() * 1.35f);
        p.add(new Chunk(label + ": ", normal));
        p.add(new Chunk(value == null || value.isBlank() ? BLANK : value, normal));
        add(p);
    }

    /** "Label: value" with the value in bold, for what the reader must not miss (the appointment, the reason). */
    void strongField(String label, String value) {
        Paragraph p = new Paragraph("", normal);
        p.setLeading(normal.getSize() * 1.35f);
        p.add(new Chunk(label + ": ", normal));
        p.add(new Chunk(value == null || value.isBlank() ? BLANK : value, bold));
        add(p);
    }

    void text(String text) {
        Paragraph p = new Paragraph(text, normal);
        p.setLeading(normal.getSize() * 1.35f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        add(p);
    }

    void heading(String text) {
        Paragraph p = new Paragraph(text, bold);
        p.setSpacingBefore(4);
        add(p);
    }

    void numbered(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            Paragraph p = new Paragraph((i + 1) + ". " + items.get(i), normal);
            p.setIndentationLeft(10 * MM);
            p.setLeading(normal.getSize() * 1.35f);
            add(p);
        }
    }

    /** A bordered table: bold centred headers, then the rows as given (a row's cell may hold several lines). */
    void table(float[] widths, List<String> headers, List<List<String>> rows, int... centredColumns) {
        java.util.Set<Integer> centred =
                java.util.Arrays.stream(centredColumns).boxed().collect(java.util.stream.Collectors.toSet());
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, smallBold));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), small));
                cell.setPadding(4);
                cell.setLeading(0, 1.3f);
                if (centred.contains(i)) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(cell);
            }
        }
        add(table);
    }

    /**
     * The signature block: each role in bold capitals over "(Ký và ghi rõ họ tên)", room to sign, then the name.
     * A {@code null} left role leaves the left half empty.
     */
    void signatures(String leftRole, String leftName, String rightRole, String rightName) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        table.addCell(signature(leftRole, leftName));
        table.addCell(signature(rightRole, rightName));
        add(table);
    }

    /** A box of its own, e.g. the QR code beside the lookup text. */
    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the form", e);
        }
    }

    Font normalFont() {
        return normal;
    }

    Font smallFont() {
        return small;
    }

    Font italicFont() {
        return smallItalic;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfPCell signature(String role, String name) {
        PdfPCell cell = cell();
        if (role != null) {
            cell.addElement(centred(role, bold));
            cell.addElement(centred("(Ký và ghi rõ họ tên)", italic));
            Paragraph space = new Paragraph(" ", normal);
            space.setSpacingBefore(48);
            cell.addElement(space);
            cell.addElement(centred(name == null ? "" : name, bold));
        }
        return cell;
    }

    static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    private static Paragraph rule(float percent, Font font) {
        // Every element names its font: anything left to OpenPDF's default would embed a second typeface.
        Paragraph p = new Paragraph("", font);
        p.setLeading(6);
        Chunk line = new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(font);
        p.add(line);
        p.setSpacingAfter(4);
        return p;
    }

    /**
     * The place name of the dateline, taken from the unit's name: "Ủy ban nhân dân phường Hồ Sen" gives "Phường Hồ Sen".
     * Units named otherwise print no place rather than a wrong one.
     */
    static String place(String unitName) {
        String prefix = "Ủy ban nhân dân ";
        if (unitName == null || !unitName.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        String rest = unitName.substring(prefix.length()).strip();
        return rest.isEmpty() ? null : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
