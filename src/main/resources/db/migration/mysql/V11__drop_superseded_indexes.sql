-- Prefixes of V10's covering indexes: they only cost writes now.
DROP INDEX ix_dossier_result_ready ON dossier;
DROP INDEX ix_dossier_status_closed ON dossier;
DROP INDEX ix_dossier_due ON dossier;
