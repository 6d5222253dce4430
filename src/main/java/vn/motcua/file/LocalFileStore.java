package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Files in a folder of the server ({@code motcua.files.local.root}, {@code ./data/files} by default). A file is written
 * beside its place and moved there, so a crash mid-write leaves a temporary file, never a truncated object.
 */
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    /** Half-written uploads ({@code .upload-*.part}) are listed too: a crash mid-write leaves them unnamed. */
    @Override
    public Stream<StoredObject> list(String keyPrefix) throws IOException {
        Path folder = path(keyPrefix.endsWith("/") ? keyPrefix : keyPrefix + "/");
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        return Files.walk(folder).filter(Files::isRegularFile).flatMap(this::object);
    }

    /** A file that another node deleted while the walk went on is no longer an object. */
    private Stream<StoredObject> object(Path file) {
        try {
            String key = root.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            return Stream.of(
                    new StoredObject(key, Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a key of this store: " + key);
        }
        return path;
    }
}
