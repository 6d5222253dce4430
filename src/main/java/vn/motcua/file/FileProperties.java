package vn.motcua.file;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code motcua.files}: where dossier files are kept and how large they may be. {@code store} is {@code local} (a
 * folder, the default) or {@code s3} (any S3-compatible store).
 */
@ConfigurationProperties("motcua.files")
public record FileProperties(
        String store, Local local, S3 s3, DataSize maxFileSize, DataSize maxDossierSize, OrphanSweep orphanSweep) {

    public FileProperties {
        store = store == null || store.isBlank() ? "local" : store.strip();
        local = local == null ? new Local(null) : local;
        s3 = s3 == null ? new S3(null, null, null, null, null, null, true) : s3;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxDossierSize = maxDossierSize == null ? DataSize.ofMegabytes(100) : maxDossierSize;
        orphanSweep = orphanSweep == null ? new OrphanSweep(null, null) : orphanSweep;
    }

    /**
     * The removal of objects no row names ({@link vn.motcua.file.OrphanSweep}): when it runs ({@code cron}, read by
     * the schedule itself; {@code -} turns it off) and how old an object must be before it may go ({@code grace}).
     */
    public record OrphanSweep(String cron, Duration grace) {
        public OrphanSweep {
            grace = grace == null ? Duration.ofHours(24) : grace;
        }
    }

    /** The folder of the local store. */
    public record Local(String root) {
        public Local {
            root = root == null || root.isBlank() ? "./data/files" : root;
        }
    }

    /**
     * The bucket of the S3 store. {@code endpoint} is empty for AWS itself and the store's URL otherwise;
     * {@code pathStyle} addresses the bucket in the path, as most S3-compatible stores need.
     */
    public record S3(
            String endpoint,
            String region,
            String bucket,
            String accessKey,
            String secretKey,
            String prefix,
            boolean pathStyle) {}
}
