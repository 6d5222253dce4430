-- The orphan sweep (file/OrphanSweep.java) asks, for each batch of objects it finds in the file store, which of their
-- keys a row names: without this index each batch would read the whole of dossier_file.
CREATE INDEX ix_dossier_file_storage_key ON dossier_file (storage_key);
