-- Decision 766's progress group as the national public-service portal counts it (IndicatorRollup.progressLate):
-- resolved dossiers late against their appointment, or asked for a supplement more than once during handling.
-- Portable SQL (H2 and MySQL/MariaDB).
ALTER TABLE indicator_rollup ADD COLUMN n_progress_late INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_progress_late INT DEFAULT 0 NOT NULL;

-- Unlike V3, V10 and V12, whose counters started from the dossiers handled after them, the new counter is filled in
-- for the dossiers resolved before it: a migration that asks for it leaves a row here, and the application rebuilds
-- the whole rollup from the dossier rows at its next start (RollupRebuild), then deletes the row. Not in this
-- script, because the rebuild needs the procedure catalogue as config/procedures has it, which the application
-- loads after Flyway, and runs one unit per transaction instead of the whole history in the migration's one.
-- The rebuild reads one unit's dossiers at a time, in pages by id.
CREATE INDEX ix_dossier_unit ON dossier (unit_code, id);

CREATE TABLE rollup_rebuild_request (
    requested_by  VARCHAR(64) NOT NULL PRIMARY KEY
);

INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V14__progress_late');
