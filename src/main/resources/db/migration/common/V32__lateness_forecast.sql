-- Lateness forecast (docs/forecast.md): the warning each department head gets, once per dossier, when the dossier
-- turns "will be late" while its apology point is still ahead. The primary key is what makes it once.
CREATE TABLE lateness_warning (
    dossier_id           BIGINT        NOT NULL PRIMARY KEY,
    department_code      VARCHAR(32)   NOT NULL,
    warned_at            DATETIME      NOT NULL,
    due_at               DATETIME      NOT NULL,
    predicted_finish_at  DATETIME,
    apology_at           DATETIME      NOT NULL,
    reason               VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_lateness_warning_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_lateness_warning_department ON lateness_warning (department_code, due_at);

-- A department's pace is the stays it closed over the recent weeks.
CREATE INDEX ix_dossier_handover_handed ON dossier_handover (handed_at, department_code);
