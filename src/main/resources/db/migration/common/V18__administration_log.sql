-- The administration log (docs/api.md, Administration): every change an administrator makes to the office (units,
-- departments, staff, procedures, sign-in locks, the catalog import), who made it, when, and the record before and
-- after, as JSON. Append-only: db/migration/{h2,mysql}/V18_1 refuse updates and deletes. Portable SQL.
CREATE TABLE admin_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME      NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    kind        VARCHAR(64)   NOT NULL,
    target      VARCHAR(255)  NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX ix_admin_log_at ON admin_log (at, id);
CREATE INDEX ix_admin_log_actor ON admin_log (actor, at);
CREATE INDEX ix_admin_log_kind ON admin_log (kind, at);

-- A password set by someone else (the first administrator's from the environment, a reset) is known to two people:
-- its owner must choose a new one at his next sign-in (docs/api.md, "Administration").
ALTER TABLE staff ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
