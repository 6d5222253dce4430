package vn.motcua.file;

/** What a dossier file is: a component the applicant filed, or the result the office issued. */
public enum FileKind {
    COMPONENT,
    RESULT
}
