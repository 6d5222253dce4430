-- Files, not flags (docs/domain.md, "Files"): the scanned components of a dossier and its electronic result. The
-- bytes live in a FileStore (a folder or an S3 bucket, config motcua.files); here are what each file is, its SHA-256,
-- checked again on every read, and where the store keeps it. A component reused from an earlier dossier of the same
-- applicant is a new row naming the same stored object (reused_from), not a second copy. Portable SQL.
CREATE TABLE dossier_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id    BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    component     VARCHAR(500)  NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(255)  NOT NULL,
    uploaded_at   DATETIME      NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    reused_from   BIGINT,
    CONSTRAINT fk_dossier_file_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_file_dossier ON dossier_file (dossier_id, kind, id);

-- The citizen's earlier digitised components are found by the ID number on his dossiers.
CREATE INDEX ix_dossier_applicant_id ON dossier (applicant_id_number, id);

-- Indicators (docs/indicators.md): results issued electronically (a result file when the result was ready), results
-- returned with a digital copy (electronic or scanned at the desk), dossiers received reusing a digitised component.
ALTER TABLE indicator_rollup ADD COLUMN n_electronic_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup ADD COLUMN n_digitized_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup ADD COLUMN n_reused_components INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_electronic_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_digitized_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_reused_components INT DEFAULT 0 NOT NULL;

-- As V14: the application rebuilds the rollup at its next start, so the new counters hold for the dossiers before
-- them too (none have files yet, so they stay 0 there; the rebuild makes that a fact rather than an assumption).
INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V24__dossier_files');
