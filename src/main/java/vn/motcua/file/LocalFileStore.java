package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    private Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a key of this store: " + key);
        }
        return path;
    }
}
