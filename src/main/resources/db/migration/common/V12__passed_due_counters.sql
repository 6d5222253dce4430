-- passedDue, lateWithoutApology and inProgressOverdue at a past period's end, at a million dossiers.
-- A dossier's place in these figures is final once it leaves handling (result ready, rejected, withdrawn after
-- receipt): its due instant, its end and its apology no longer change. IndicatorRollup then counts it once:
--   n_passed_due, n_late_without_apology on the office date of its due instant;
--   n_overdue_ended on the office date it stopped being overdue (its result, its closing, or the start of the
--   suspension it was withdrawn in).
-- The dossiers still in handling are few and are counted live (IndicatorStates). Like V3 and V10, the counters
-- start from the dossiers that leave handling from now on.
ALTER TABLE indicator_rollup ADD COLUMN n_passed_due INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup ADD COLUMN n_late_without_apology INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup ADD COLUMN n_overdue_ended INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_passed_due INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_late_without_apology INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_overdue_ended INT DEFAULT 0 NOT NULL;
