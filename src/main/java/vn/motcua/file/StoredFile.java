package vn.motcua.file;

import java.time.OffsetDateTime;

/**
 * A dossier file as the API shows it (docs/api.md, "Files"). {@code component} is the document's name, or
 * {@code "Kết quả"} for a result; {@code reusedFrom} names the earlier file a reused component stands for.
 */
public record StoredFile(
        long id,
        FileKind kind,
        String component,
        String fileName,
        String contentType,
        long size,
        String sha256,
        OffsetDateTime uploadedAt,
        String uploadedBy,
        Long reusedFrom) {}
