-- Deadlines: apology letters (Mẫu 04), overdue flags set by the due timer, and the hand-overs between
-- departments and agencies that the control sheet (Mẫu 05) prints.

-- One apology letter per dossier (the appointment may be moved once); the original due stays the yardstick.
CREATE TABLE apology (
    dossier_id       BIGINT        NOT NULL PRIMARY KEY,
    issued_at        DATETIME      NOT NULL,
    issued_by        VARCHAR(64)   NOT NULL,
    department_code  VARCHAR(32),
    reason           VARCHAR(2000) NOT NULL,
    original_due_at  DATETIME      NOT NULL,
    new_due_at       DATETIME      NOT NULL,
    CONSTRAINT fk_apology_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- How long before the due instant the department that holds a dossier must apologise, per unit (working hours;
-- Decree 61/2018/NĐ-CP: no later than one day before the deadline).
ALTER TABLE unit ADD COLUMN apology_lead_hours INT DEFAULT 8 NOT NULL;

-- Set by the due timer: when the dossier became overdue, and whether no apology had been issued by then.
ALTER TABLE dossier ADD COLUMN overdue_at DATETIME;
ALTER TABLE dossier ADD COLUMN apology_missing BOOLEAN DEFAULT FALSE NOT NULL;

-- Each stay of the dossier in a department or agency: who took it and when, the share of the time limit it
-- had, who handed it on and when, and whether that step was early, on time or late.
CREATE TABLE dossier_handover (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    department_code  VARCHAR(32)  NOT NULL,
    taken_at         DATETIME     NOT NULL,
    taken_from       VARCHAR(64),
    share_due_at     DATETIME,
    handed_at        DATETIME,
    handed_by        VARCHAR(64),
    timeliness       VARCHAR(8),
    CONSTRAINT fk_dossier_handover_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_handover_dossier ON dossier_handover (dossier_id, position);
CREATE INDEX ix_apology_issued ON apology (issued_at);
