-- Superseded by V13's covering indexes, which begin with the same column.
DROP INDEX ix_dossier_received_on ON dossier;
DROP INDEX ix_dossier_returned ON dossier;
