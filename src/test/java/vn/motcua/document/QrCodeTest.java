package vn.motcua.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The receipt's QR code reads back as the public lookup address, whatever the dossier's running number. */
class QrCodeTest {

    @Test
    void qrCodeReadsBackAsTheLookupAddressForManyDossierCodes() throws Exception {
        for (int n = 1; n <= 40; n++) {
            String url = String.format("http://localhost:8080/tra-cuu?code=000.00.15.H12-250303-%04d", n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A6);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(QrCode.of(url, 96, writer.getDirectContent()));
            document.close();
            assertThat(Pdfs.qrCode(out.toByteArray())).as("n=" + n).isEqualTo(url);
        }
    }
}
