-- The all-time rollup (V17) gets the counters that V24 (files) and V25 (portal) added to the day and month rows, and
-- the application rebuilds the rollup at its next start (RollupRebuild) so that they hold every dossier. Portable SQL.
ALTER TABLE indicator_rollup_total ADD COLUMN n_electronic_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_total ADD COLUMN n_digitized_results INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_total ADD COLUMN n_reused_components INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_total ADD COLUMN n_synced INT DEFAULT 0 NOT NULL;

INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V27__rollup_total_file_and_portal_counters');
