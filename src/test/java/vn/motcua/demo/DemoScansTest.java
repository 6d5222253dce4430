package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.motcua.file.InMemoryFile;

class DemoScansTest {

    @Test
    void aSampleScanIsAPdfNamedAfterItsDocument() throws Exception {
        InMemoryFile scan = DemoScans.of("Bản sao giấy tờ tùy thân", "Trần Văn Bình");
        assertThat(scan.getOriginalFilename()).isEqualTo("ban-sao-giay-to-tuy-than.pdf");
        assertThat(new String(scan.getBytes(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }
}
