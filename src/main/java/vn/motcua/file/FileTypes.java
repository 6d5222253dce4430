package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Judges a file's type by its content (magic bytes, Apache Tika), never by its name or the type the client claims: an
 * executable renamed {@code .pdf} is not a PDF. The office keeps PDF, JPEG and PNG: what scanners and signed
 * electronic results come as, and what a browser shows without a plug-in.
 */
final class FileTypes {

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    private static final Map<String, String> KEPT = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    private FileTypes() {}

    /** The content's media type, or {@code null} when it is not one the office keeps. */
    static String detect(InputStream content) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            // No resource name in the metadata: the name must not sway the verdict.
            MediaType type = DETECTOR.detect(in, new Metadata());
            String base = type.getBaseType().toString();
            return KEPT.containsKey(base) ? base : null;
        }
    }
}
