package vn.motcua.common;

/**
 * A stored file whose bytes no longer match the SHA-256 recorded when it was uploaded, or that is missing from its
 * store: refused (500) rather than served, because a scanned dossier or a result must be the one that was filed.
 */
public class FileIntegrityException extends RuntimeException {

    public FileIntegrityException(String message) {
        super(message);
    }
}
