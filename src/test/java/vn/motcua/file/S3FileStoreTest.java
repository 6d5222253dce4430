package vn.motcua.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.support.TestFiles.executable;
import static vn.motcua.support.TestFiles.jpeg;
import static vn.motcua.support.TestFiles.largePdf;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * The files of {@link DossierFilesTest} on the S3 store, against a real S3 API server started here: S3Proxy on an
 * in-memory (transient) blob store, signed with AWS Signature V4 as a real bucket would be.
 */
class S3FileStoreTest extends ApiTestSupport {

    static final String BUCKET = "motcua-files";
    static BlobStoreContext blobs;
    static S3Proxy s3;

    @Autowired
    FileStore store;

    @DynamicPropertySource
    static void s3Store(DynamicPropertyRegistry registry) throws Exception {
        blobs = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        s3 = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
                .build();
        s3.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(s3.getState()));
        registry.add("motcua.files.store", () -> "s3");
        registry.add("motcua.files.s3.endpoint", () -> "http://127.0.0.1:" + s3.getPort());
        registry.add("motcua.files.s3.bucket", () -> BUCKET);
        registry.add("motcua.files.s3.access-key", () -> "test-access");
        registry.add("motcua.files.s3.secret-key", () -> "test-secret");
        registry.add("motcua.files.s3.prefix", () -> "test/");
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.stop();
        blobs.close();
    }

    private ObjectNode twoDocuments() {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ArrayNode documents = body.putArray("documents");
        documents.addObject().put("name", DossierFilesTest.FORM);
        documents.addObject().put("name", DossierFilesTest.ID_COPY);
        return body;
    }

    @Test
    void theStoreIsS3() {
        assertThat(store).isInstanceOf(S3FileStore.class);
    }

    @Test
    void filesOfAnIntakeComeBackFromS3ByteForByte() throws Exception {
        byte[] first = pdf("S3 trang 1");
        byte[] second = pdf("S3 trang 2");
        byte[] photo = jpeg();
        long objects = objects();
        String code = expect(
                        201,
                        intakeWithFiles(
                                "clerk",
                                twoDocuments(),
                                part("files[" + DossierFilesTest.FORM + "]", "1.pdf", "application/pdf", first),
                                part("files[" + DossierFilesTest.FORM + "]", "2.pdf", "application/pdf", second),
                                part("files[" + DossierFilesTest.ID_COPY + "]", "3.jpg", "image/jpeg", photo)))
                .get("code")
                .asText();
        assertThat(objects()).isEqualTo(objects + 3);
        Map<String, byte[]> sent = Map.of("1.pdf", first, "2.pdf", second, "3.jpg", photo);
        for (JsonNode file : expect(200, getAs("clerk", "/api/dossiers/{code}/files", code))) {
            byte[] bytes = sent.get(file.get("fileName").asText());
            assertThat(file.get("sha256").asText()).isEqualTo(DossierFilesTest.sha256Hex(bytes));
            MvcResult download = getAs(
                    "clerk",
                    "/api/dossiers/{code}/files/{id}",
                    code,
                    file.get("id").asLong());
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        }
    }

    @Test
    void refusedAndFailedIntakesLeaveNoObjectInTheBucket() throws Exception {
        long dossiers = count("dossier");
        long objects = objects();
        expect(
                415,
                intakeWithFiles(
                        "clerk",
                        twoDocuments(),
                        part("files[" + DossierFilesTest.FORM + "]", "a.pdf", "application/pdf", executable())));
        expect(
                413,
                intakeWithFiles(
                        "clerk",
                        twoDocuments(),
                        part("files[" + DossierFilesTest.FORM + "]", "big.pdf", "application/pdf", largePdf(20))));
        expect(
                400,
                intakeWithFiles(
                        "clerk",
                        twoDocuments(),
                        part("files[" + DossierFilesTest.FORM + "]", "ok.pdf", "application/pdf", pdf("ok")),
                        part("files[Không có]", "x.pdf", "application/pdf", pdf("x"))));
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(objects()).isEqualTo(objects);
    }

    @Autowired
    OrphanSweep sweep;

    /**
     * S3 dates each object itself, so the test cannot set one back: the app's clock goes ahead instead, first within
     * the grace period (24 hours), then past it.
     */
    @Test
    void theSweepRemovesOnlyOldObjectsNoRowNames() throws Exception {
        String code = expect(
                        201,
                        intakeWithFiles(
                                "clerk",
                                twoDocuments(),
                                part("files[" + DossierFilesTest.FORM + "]", "named.pdf", "application/pdf", pdf("n"))))
                .get("code")
                .asText();
        long fileId = expect(200, getAs("clerk", "/api/dossiers/{code}/files", code))
                .get(0)
                .get("id")
                .asLong();
        String crashed = OrphanSweep.KEYS + "0/" + java.util.UUID.randomUUID();
        byte[] bytes = pdf("crashed");
        store.put(crashed, new java.io.ByteArrayInputStream(bytes), bytes.length, "application/pdf");
        BlobStore bucket = blobs.getBlobStore();
        bucket.putBlob(
                BUCKET,
                bucket.blobBuilder("test/exports/other.csv").payload("a,b").build());
        java.time.Instant written = java.time.Instant.now();

        clockAt(written.plus(Duration.ofHours(1))
                .atOffset(java.time.ZoneOffset.ofHours(7))
                .toString());
        sweep.sweep();
        assertThat(store.exists(crashed))
                .as("young: a step may be about to commit it")
                .isTrue();

        clockAt(written.plus(Duration.ofHours(25))
                .atOffset(java.time.ZoneOffset.ofHours(7))
                .toString());
        sweep.sweep();
        assertThat(store.exists(crashed)).as("old and unnamed").isFalse();
        assertThat(bucket.blobExists(BUCKET, "test/exports/other.csv"))
                .as("not a key of dossier files")
                .isTrue();
        assertThat(getAs("clerk", "/api/dossiers/{code}/files/{id}", code, fileId)
                        .getResponse()
                        .getContentAsByteArray())
                .as("named by a row")
                .isEqualTo(pdf("n"));
        bucket.removeBlob(BUCKET, "test/exports/other.csv");
    }

    private static long objects() {
        BlobStore store = blobs.getBlobStore();
        return store.list(BUCKET, ListContainerOptions.Builder.recursive()).stream()
                .filter(m -> m.getType() == org.jclouds.blobstore.domain.StorageType.BLOB)
                .count();
    }
}
