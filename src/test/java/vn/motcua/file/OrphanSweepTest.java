package vn.motcua.file;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.ApiTestSupport;

/**
 * The sweep of objects no row names, on the local store. The store dates its objects by the file system's clock, so
 * an old object is one whose file time is set back; the sweep judges age by the app's clock (here, real time).
 */
class OrphanSweepTest extends ApiTestSupport {

    @Autowired
    FileStore store;

    @Autowired
    OrphanSweep sweep;

    @Test
    void anOldUnnamedObjectGoesANamedOneAndAYoungOneStay() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        String code = expect(
                        201,
                        intakeWithFiles(
                                "clerk", body, part("files[Tờ khai]", "to-khai.pdf", "application/pdf", pdf("named"))))
                .get("code")
                .asText();
        String named = jdbc.queryForObject(
                "SELECT f.storage_key FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id WHERE d.code = ?",
                String.class,
                code);
        String crashed = put("crashed");
        String inFlight = put("in flight");
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        age(named, threeDaysAgo);
        age(crashed, threeDaysAgo);

        sweep.sweep();

        assertThat(store.exists(crashed))
                .as("an object a crash left, older than the grace")
                .isFalse();
        assertThat(store.exists(named)).as("an object a row names").isTrue();
        assertThat(store.exists(inFlight))
                .as("an object a step may be about to commit")
                .isTrue();
        long fileId = jdbc.queryForObject(
                "SELECT f.id FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id WHERE d.code = ?",
                Long.class,
                code);
        assertThat(getAs("clerk", "/api/dossiers/{code}/files/{id}", code, fileId)
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(pdf("named"));

        assertThat(sweep.sweep())
                .as("a second node sweeping after the first finds nothing more")
                .isZero();
        store.delete(inFlight);
    }

    private String put(String text) throws Exception {
        String key = OrphanSweep.KEYS + "0/" + UUID.randomUUID();
        byte[] bytes = pdf(text);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/pdf");
        return key;
    }

    private void age(String key, Instant writtenAt) throws Exception {
        Files.setLastModifiedTime(((LocalFileStore) store).root().resolve(key), FileTime.from(writtenAt));
    }
}
