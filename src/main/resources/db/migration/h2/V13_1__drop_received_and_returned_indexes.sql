-- Superseded by V13's covering indexes, which begin with the same column.
DROP INDEX ix_dossier_received_on;
DROP INDEX ix_dossier_returned;
