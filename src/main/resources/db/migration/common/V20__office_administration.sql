-- Running the office without SQL (docs/api.md, "Administration"): units, departments and staff are set up through
-- the API and the admin pages. Portable SQL: the same script runs on H2 and MySQL/MariaDB.

-- A merged unit or department stays (its dossiers and their figures point at it) but takes no new work: what it
-- did goes to the one it was merged into (docs/domain.md, "Units and departments change").
ALTER TABLE unit ADD COLUMN merged_into VARCHAR(32);
ALTER TABLE unit ADD COLUMN merged_at DATETIME;
ALTER TABLE department ADD COLUMN merged_into VARCHAR(32);
ALTER TABLE department ADD COLUMN merged_at DATETIME;

-- The names a unit or department had before a rename or a merge, each with the instant it stopped being valid;
-- the current name is in unit or department. subject: UNIT or DEPARTMENT; change: RENAMED or MERGED.
CREATE TABLE office_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject      VARCHAR(16)   NOT NULL,
    code         VARCHAR(32)   NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    agency_code  VARCHAR(32),
    unit_code    VARCHAR(32),
    valid_until  DATETIME      NOT NULL,
    change_kind  VARCHAR(16)   NOT NULL,
    successor    VARCHAR(32),
    actor        VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_office_history_code ON office_history (subject, code, valid_until);

-- Raised by every change an administrator makes to a member of staff: a signed-in user whose record changed is
-- read afresh at his next request (a disabled one is signed out).
ALTER TABLE staff ADD COLUMN version INT DEFAULT 0 NOT NULL;
