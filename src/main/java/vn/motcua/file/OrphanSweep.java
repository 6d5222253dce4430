package vn.motcua.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the objects a crash left in the file store: a node that dies between writing a file and committing its
 * step leaves an object no {@code dossier_file} row names (the rollback's own clean-up never ran).
 *
 * <p>An object goes only when no row names it and the store wrote it longer ago than the grace period
 * ({@code motcua.files.orphan-sweep.grace}, 24 hours by default): a younger one may belong to a step about to commit,
 * and no step's transaction lasts that long. Only keys under {@value #KEYS} are looked at, so a bucket shared with
 * other data loses nothing else. Nodes may sweep at the same time: each deletes only what it found unnamed, and
 * deleting an object another node deleted already does nothing.
 */
@Component
class OrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

    /** Where {@link DossierFiles} writes every object. */
    static final String KEYS = "dossiers/";

    /** Keys asked about in one query, well under any database's limit of parameters. */
    private static final int BATCH = 500;

    private final FileStore store;
    private final DossierFileMapper files;
    private final Clock clock;
    private final Duration grace;

    OrphanSweep(FileStore store, DossierFileMapper files, Clock clock, FileProperties properties) {
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.grace = properties.orphanSweep().grace();
    }

    @Scheduled(cron = "${motcua.files.orphan-sweep.cron:0 15 3 * * *}", zone = "${motcua.time-zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        int deleted = sweep();
        if (deleted > 0) {
            log.warn("Removed {} object(s) of the file store that no dossier file names", deleted);
        }
    }

    /** @return how many objects were deleted */
    int sweep() {
        Instant writtenBefore = clock.instant().minus(grace);
        int deleted = 0;
        try (Stream<FileStore.StoredObject> objects = store.list(KEYS)) {
            Iterator<FileStore.StoredObject> old = objects.filter(
                            object -> object.lastModified().isBefore(writtenBefore))
                    .iterator();
            List<String> batch = new ArrayList<>();
            while (old.hasNext()) {
                batch.add(old.next().key());
                if (batch.size() == BATCH) {
                    deleted += deleteUnnamed(batch);
                    batch.clear();
                }
            }
            deleted += deleteUnnamed(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the file store", e);
        }
        return deleted;
    }

    private int deleteUnnamed(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> named = new HashSet<>(files.namedAmong(keys));
        int deleted = 0;
        for (String key : keys) {
            if (named.contains(key)) {
                continue;
            }
            try {
                store.delete(key);
                log.info("Removed {} from the file store: no dossier file names it", key);
                deleted++;
            } catch (IOException | RuntimeException e) {
                log.error("Could not remove the unnamed object {} from the file store", key, e);
            }
        }
        return deleted;
    }
}
