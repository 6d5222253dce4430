package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where the bytes of dossier files live: a folder ({@link LocalFileStore}) or an S3-compatible bucket
 * ({@link S3FileStore}), chosen by {@code motcua.files.store}. Keys are opaque; what a file is lives in
 * {@code dossier_file}.
 */
public interface FileStore {

    /** Writes the object whole, or fails leaving nothing under the key. */
    void put(String key, InputStream content, long size, String contentType) throws IOException;

    /** The object's bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the object; nothing happens when there is none. */
    void delete(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /**
     * The objects whose keys start with {@code keyPrefix}, with the time the store wrote each, for
     * {@link OrphanSweep}; lazily, as the store pages them. The caller closes the stream.
     */
    Stream<StoredObject> list(String keyPrefix) throws IOException;

    /** An object as the store's listing shows it. */
    record StoredObject(String key, Instant lastModified) {}
}
