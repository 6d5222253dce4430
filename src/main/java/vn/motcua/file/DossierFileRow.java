package vn.motcua.file;

import java.time.Instant;

/** One row of {@code dossier_file}. */
record DossierFileRow(
        Long id,
        long dossierId,
        FileKind kind,
        String component,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String storageKey,
        Instant uploadedAt,
        String uploadedBy,
        Long reusedFrom) {}
