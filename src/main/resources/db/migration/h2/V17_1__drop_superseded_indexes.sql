-- ix_dossier_handling_due (V17) begins with its columns.
DROP INDEX ix_dossier_status_due;
-- ix_outcome_resolved_cover (V17) holds its columns and the timeliness.
DROP INDEX ix_outcome_resolved;
-- ix_dossier_handling_received (V17) holds its columns, the id right after the instant.
DROP INDEX ix_dossier_status_received;
