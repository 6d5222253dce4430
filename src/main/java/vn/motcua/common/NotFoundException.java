package vn.motcua.common;

/** An unknown dossier code, task or document: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
