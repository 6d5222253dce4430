package vn.motcua.common;

/**
 * A request that is well formed but clashes with the dossier's state: a task already completed or claimed by
 * someone else, an apology already issued, a step the dossier's status does not allow. Answered with 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
