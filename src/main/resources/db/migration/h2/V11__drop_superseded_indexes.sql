-- Prefixes of V10's covering indexes: they only cost writes now.
DROP INDEX ix_dossier_result_ready;
DROP INDEX ix_dossier_status_closed;
DROP INDEX ix_dossier_due;
