package vn.motcua.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.Map;

/**
 * A QR code drawn as vector shapes, so it stays sharp at any print resolution and adds no raster image. It keeps
 * the quiet zone of four modules that ISO/IEC 18004 asks for, since text sits close to it on the receipt, and
 * draws each run of dark modules as one rectangle, so no hairline seams appear between them when rendered.
 */
final class QrCode {

    private QrCode() {}

    /**
     * The code of {@code text}, which must be ASCII (a percent-encoded URL is). No character set is declared: an ECI
     * header for UTF-8 makes the symbol larger and, as the tests found, harder for readers to locate.
     */
    static Image of(String text, float size, PdfContentByte canvas) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
        int modules = matrix.getWidth();
        float unit = size / modules;
        PdfTemplate template = canvas.createTemplate(size, size);
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && matrix.get(x, y)) {
                    x++;
                }
                // PDF's y axis points up; the matrix's first row is the top one.
                template.rectangle(start * unit, size - (y + 1) * unit, (x - start) * unit, unit);
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
