package vn.motcua.file;

import java.time.OffsetDateTime;

/** A digitised component of an applicant's earlier dossier that a new intake may reuse. */
public record ReusableFile(
        long id,
        String dossierCode,
        String component,
        String fileName,
        String contentType,
        long size,
        OffsetDateTime uploadedAt) {}
