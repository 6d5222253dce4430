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
 * A QR code drawn as vector squares, so it stays sharp at any print resolution and adds no raster image.
 */
final class QrCode {

    private QrCode() {}

    static Image of(String text, float size, PdfContentByte canvas) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
        int modules = matrix.getWidth();
        float unit = size / modules;
        PdfTemplate template = canvas.createTemplate(size, size);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    // PDF's y axis points up; the matrix's first row is the top one.
                    template.rectangle(x * unit, size - (y + 1) * unit, unit, unit);
                }
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
