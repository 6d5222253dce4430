-- The drill-down of the file and portal figures (V24, V25), page by page, at province scale.
-- Their pages walked the period's range of a dossier index and looked up each dossier's files or outbox rows: when
-- few dossiers of a year have what a figure counts, a page read every dossier of the year (4.9 million lookups, a
-- second on MariaDB). IndicatorRollup writes a row here when it counts one of these figures for a dossier, in the
-- step's transaction; its indexes hold each figure's dossiers in page order, as indicator_outcome (V13) does for the
-- resolved and passed-due figures, so a page reads offset + limit entries whatever the figure's share.
--
-- counted_at is what the figure's recount bounds the dossier by, copied from the dossier row: the receipt date
-- (received_on, at 00:00) for SYNCED and REUSED_COMPONENTS, the instant the result was ready for ELECTRONIC_RESULTS,
-- the instant it was returned for DIGITIZED_RESULTS. Copied by SQL, here and in IndicatorMapper.insertFactOnce, so
-- no office zone is needed to date it.
CREATE TABLE indicator_fact (
    counter         VARCHAR(32) NOT NULL,
    dossier_id      BIGINT      NOT NULL,
    unit_code       VARCHAR(32) NOT NULL,
    procedure_code  VARCHAR(32) NOT NULL,
    counted_at      DATETIME    NOT NULL,
    PRIMARY KEY (counter, dossier_id),
    CONSTRAINT fk_indicator_fact_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_fact_counted ON indicator_fact (counter, counted_at, dossier_id, unit_code, procedure_code);
CREATE INDEX ix_fact_unit_counted ON indicator_fact (counter, unit_code, counted_at, dossier_id, procedure_code);

-- The facts of the dossiers counted before: the conditions are IndicatorMapper's fileFacts and the rebuild's synced,
-- read from the few rows that have them (files, acknowledged receipts) and their dossiers, not from every dossier.
INSERT INTO indicator_fact (counter, dossier_id, unit_code, procedure_code, counted_at)
SELECT DISTINCT 'SYNCED', d.id, d.unit_code, d.procedure_code, d.received_on
  FROM portal_outbox p JOIN dossier d ON d.id = p.dossier_id
 WHERE p.status_code = 2 AND p.sent_at IS NOT NULL AND d.received_on IS NOT NULL;

INSERT INTO indicator_fact (counter, dossier_id, unit_code, procedure_code, counted_at)
SELECT DISTINCT 'REUSED_COMPONENTS', d.id, d.unit_code, d.procedure_code, d.received_on
  FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id
 WHERE f.kind = 'COMPONENT' AND f.reused_from IS NOT NULL AND d.received_on IS NOT NULL;

INSERT INTO indicator_fact (counter, dossier_id, unit_code, procedure_code, counted_at)
SELECT DISTINCT 'ELECTRONIC_RESULTS', d.id, d.unit_code, d.procedure_code, d.result_ready_at
  FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id
 WHERE f.kind = 'RESULT' AND f.uploaded_at <= d.result_ready_at;

INSERT INTO indicator_fact (counter, dossier_id, unit_code, procedure_code, counted_at)
SELECT DISTINCT 'DIGITIZED_RESULTS', d.id, d.unit_code, d.procedure_code, d.returned_at
  FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id
 WHERE f.kind = 'RESULT' AND f.uploaded_at <= d.returned_at;
