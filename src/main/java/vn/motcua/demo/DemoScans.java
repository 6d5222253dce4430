package vn.motcua.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.motcua.file.InMemoryFile;

/** Sample scans for the demo's digitised dossiers: a one-page PDF naming the document, marked as a sample. */
final class DemoScans {

    private DemoScans() {}

    static InMemoryFile of(String document, String applicant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        BaseFont base = font();
        pdf.add(new Paragraph(document, new Font(base, 18, Font.BOLD)));
        pdf.add(new Paragraph("Người nộp: " + applicant, new Font(base, 12)));
        pdf.add(new Paragraph(
                "Bản scan minh họa của dữ liệu demo — không phải giấy tờ thật.", new Font(base, 11, Font.ITALIC)));
        pdf.close();
        return new InMemoryFile("file", slug(document) + ".pdf", "application/pdf", out.toByteArray());
    }

    private static BaseFont font() {
        String file = "LiberationSerif-Regular.ttf";
        try (InputStream in = DemoScans.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font liberation/" + file + " is not on the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return plain.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
