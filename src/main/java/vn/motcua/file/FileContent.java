package vn.motcua.file;

/** A file's bytes, checked against its SHA-256, with what the answer's headers need. */
public record FileContent(StoredFile file, byte[] bytes) {}
