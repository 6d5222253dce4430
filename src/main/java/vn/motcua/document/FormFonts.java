package vn.motcua.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Liberation Serif (SIL Open Font License 1.1), metric-compatible with Times New Roman, which Decree
 * 30/2020/NĐ-CP asks administrative documents to be set in. It carries the Vietnamese letters, and is embedded
 * with Identity-H encoding so every diacritic prints and copies as itself on any reader. The TTF files come on
 * the classpath with OpenPDF's own {@code openpdf-fonts-extra} artifact; nothing is read from the host.
 */
@Component
class FormFonts {

    private static final String FOLDER = "liberation/";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    FormFonts() {
        regular = load("LiberationSerif-Regular.ttf");
        bold = load("LiberationSerif-Bold.ttf");
        italic = load("LiberationSerif-Italic.ttf");
        boldItalic = load("LiberationSerif-BoldItalic.ttf");
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FOLDER + file + " is not on the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
