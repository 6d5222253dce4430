package vn.motcua.procedure;

/**
 * What saving a {@link ProcedureDraft} does, or would do on a dry run: {@code before} is the procedure's latest
 * version ({@code null} for a new procedure), {@code after} the version written ({@code versionId} {@code null} on a
 * dry run; equal to {@code before} when nothing changed).
 */
public record ProcedureChange(Outcome outcome, Procedure before, Procedure after) {

    public enum Outcome {
        /** A new procedure, version 1. */
        CREATED,
        /** A new version of a known procedure, from its effective date. */
        CHANGED,
        /** The draft says what the latest version says: nothing written. */
        UNCHANGED
    }
}
