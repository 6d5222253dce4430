package vn.motcua.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.mock.web.MockMultipartFile;

/** Small files of each kind the office keeps, and some it does not, recognisable by their content. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] jpeg() {
        byte[] bytes = new byte[600];
        byte[] head = {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00
        };
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length - 2; i++) {
            bytes[i] = (byte) (i * 7);
        }
        bytes[bytes.length - 2] = (byte) 0xFF;
        bytes[bytes.length - 1] = (byte) 0xD9;
        return bytes;
    }

    /** A Windows executable ("MZ" and a PE header), whatever name it is given. */
    public static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A PDF by its content, {@code megabytes} MB and a byte long. */
    public static byte[] largePdf(int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024 + 1];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = pdf("large");
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static MockMultipartFile part(String name, String fileName, String contentType, byte[] content) {
        return new MockMultipartFile(name, fileName, contentType, content);
    }
}
