-- A province: ten million dossiers over 130 units (bench/indicators). What the indicators read without walking the
-- whole office, every statement portable (H2 and MySQL/MariaDB).

-- The rollup's third level: the same counters over all dates, by unit, department, procedure and channel. The
-- dossiers in handling now (received - resolved - withdrawn) and waiting now (suspensions begun - ended) are read
-- from it, a row per key, instead of counting every dossier in handling (IndicatorStates). Kept by the same step that
-- moves the day and month rows (IndicatorRollup) and rebuilt with them (RollupRebuild).
CREATE TABLE indicator_rollup_total (
    unit_code               VARCHAR(32) NOT NULL,
    department_code         VARCHAR(32) NOT NULL,
    procedure_code          VARCHAR(32) NOT NULL,
    channel                 VARCHAR(16) NOT NULL,
    n_received              INT DEFAULT 0 NOT NULL,
    n_received_online       INT DEFAULT 0 NOT NULL,
    n_received_postal       INT DEFAULT 0 NOT NULL,
    n_digitized             INT DEFAULT 0 NOT NULL,
    n_fee_dossiers          INT DEFAULT 0 NOT NULL,
    n_cashless              INT DEFAULT 0 NOT NULL,
    n_resolved              INT DEFAULT 0 NOT NULL,
    n_early                 INT DEFAULT 0 NOT NULL,
    n_on_time               INT DEFAULT 0 NOT NULL,
    n_late                  INT DEFAULT 0 NOT NULL,
    n_refused               INT DEFAULT 0 NOT NULL,
    n_apologies             INT DEFAULT 0 NOT NULL,
    n_returned              INT DEFAULT 0 NOT NULL,
    n_ratings               INT DEFAULT 0 NOT NULL,
    n_satisfied             INT DEFAULT 0 NOT NULL,
    n_withdrawn             INT DEFAULT 0 NOT NULL,
    n_suspensions_begun     INT DEFAULT 0 NOT NULL,
    n_suspensions_ended     INT DEFAULT 0 NOT NULL,
    n_passed_due            INT DEFAULT 0 NOT NULL,
    n_late_without_apology  INT DEFAULT 0 NOT NULL,
    n_overdue_ended         INT DEFAULT 0 NOT NULL,
    n_progress_late         INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_indicator_rollup_total PRIMARY KEY (unit_code, department_code, procedure_code, channel)
);

-- The month rows hold every count since V15's rebuild (or since the office began), so their sum is the total.
INSERT INTO indicator_rollup_total (unit_code, department_code, procedure_code, channel, n_received,
       n_received_online, n_received_postal, n_digitized, n_fee_dossiers, n_cashless, n_resolved, n_early, n_on_time,
       n_late, n_refused, n_apologies, n_returned, n_ratings, n_satisfied, n_withdrawn, n_suspensions_begun,
       n_suspensions_ended, n_passed_due, n_late_without_apology, n_overdue_ended, n_progress_late)
SELECT unit_code, department_code, procedure_code, channel, SUM(n_received), SUM(n_received_online),
       SUM(n_received_postal), SUM(n_digitized), SUM(n_fee_dossiers), SUM(n_cashless), SUM(n_resolved), SUM(n_early),
       SUM(n_on_time), SUM(n_late), SUM(n_refused), SUM(n_apologies), SUM(n_returned), SUM(n_ratings),
       SUM(n_satisfied), SUM(n_withdrawn), SUM(n_suspensions_begun), SUM(n_suspensions_ended), SUM(n_passed_due),
       SUM(n_late_without_apology), SUM(n_overdue_ended), SUM(n_progress_late)
  FROM indicator_rollup_month
 GROUP BY unit_code, department_code, procedure_code, channel;

-- The dossiers in handling by due instant: overdue at an instant, and passed due in a window, are the few due before
-- it, not every dossier in handling. Its prefix (status, due_at) serves what ix_dossier_status_due served (V17_1).
CREATE INDEX ix_dossier_handling_due ON dossier (status, due_at, received_at, unit_code, procedure_code);

-- The suspensions begun or ended at or after an instant: none, unless a step was dated after now on a sandbox clock.
CREATE INDEX ix_dossier_event_step_at ON dossier_event (step, at, dossier_id);

-- A unit's drill-down pages: with the unit first, a commune's page reads the commune's entries, not those of the
-- 129 other units in the same period (a small commune's apologies, page 100, took 2.3 s at 10,000,000 dossiers).
CREATE INDEX ix_dossier_unit_received ON dossier (unit_code, received_on, id, procedure_code, channel, fee,
                                                  payment_method);
CREATE INDEX ix_dossier_unit_returned ON dossier (unit_code, returned_at, id, procedure_code, satisfaction);
-- The dossiers in handling in page order (received instant, then id): a page of the in-progress family stops after
-- offset + limit entries of each status instead of sorting all 84,000. Replaces ix_dossier_status_received (V17_1),
-- whose columns after the instant broke that order.
CREATE INDEX ix_dossier_handling_received ON dossier (status, received_at, id, unit_code, procedure_code, due_at);
-- The same for a unit; also its refused (received_at is NULL), rejected and withdrawn, few enough to read whole.
CREATE INDEX ix_dossier_unit_status ON dossier (unit_code, status, received_at, id, closed_at, due_at, procedure_code);
-- The resolved in page order with their timeliness: a page of progressLate (late, or asked for a supplement more than
-- once) walks it and looks up the supplements of the dossiers not late only. Replaces ix_outcome_resolved (V17_1).
CREATE INDEX ix_outcome_resolved_cover ON indicator_outcome (resolved_at, dossier_id, timeliness, unit_code,
                                                             procedure_code);
CREATE INDEX ix_outcome_unit_resolved ON indicator_outcome (unit_code, resolved_at, dossier_id, timeliness,
                                                            procedure_code);
CREATE INDEX ix_outcome_unit_due ON indicator_outcome (unit_code, due_outcome, due_at, dossier_id, procedure_code);

-- The apology's unit, copied from its dossier when it is issued, so that a unit's apologies are one index range.
-- A dossier that moves to another unit takes its apology along in RollupRebuild, which such a move asks for (V15).
ALTER TABLE apology ADD COLUMN unit_code VARCHAR(32);
UPDATE apology SET unit_code = (SELECT d.unit_code FROM dossier d WHERE d.id = apology.dossier_id);
CREATE INDEX ix_apology_unit_issued ON apology (unit_code, issued_at, dossier_id);
