-- Reform indicators (Decision 766/QĐ-TTg): a rollup of the flow figures, kept in the same transaction as each
-- timeline step, and the indexes the state figures and the drill-down read the dossier table by.
-- Portable SQL (H2 and MySQL/MariaDB); no reserved words as names (day, year, month, value, key).

-- One row per office-zone date x unit x department (the procedure's first agency) x procedure x channel.
-- Each counter is the number of dossiers whose event of that kind falls on stat_on; see IndicatorRollup.
CREATE TABLE indicator_rollup (
    stat_on            DATE        NOT NULL,
    unit_code          VARCHAR(32) NOT NULL,
    department_code    VARCHAR(32) NOT NULL,
    procedure_code     VARCHAR(32) NOT NULL,
    channel            VARCHAR(16) NOT NULL,
    n_received         INT DEFAULT 0 NOT NULL,
    n_received_online  INT DEFAULT 0 NOT NULL,
    n_received_postal  INT DEFAULT 0 NOT NULL,
    n_digitized        INT DEFAULT 0 NOT NULL,
    n_fee_dossiers     INT DEFAULT 0 NOT NULL,
    n_cashless         INT DEFAULT 0 NOT NULL,
    n_resolved         INT DEFAULT 0 NOT NULL,
    n_early            INT DEFAULT 0 NOT NULL,
    n_on_time          INT DEFAULT 0 NOT NULL,
    n_late             INT DEFAULT 0 NOT NULL,
    n_refused          INT DEFAULT 0 NOT NULL,
    n_apologies        INT DEFAULT 0 NOT NULL,
    n_returned         INT DEFAULT 0 NOT NULL,
    n_ratings          INT DEFAULT 0 NOT NULL,
    n_satisfied        INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_indicator_rollup PRIMARY KEY (stat_on, unit_code, department_code, procedure_code, channel)
);

-- Dossiers whose every document was digitised at receipt. Documents added later (a supplement during handling)
-- must not change the figure of the day the dossier was received, so the fact is kept as of that moment.
CREATE TABLE indicator_digitized (
    dossier_id  BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_indicator_digitized_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- The drill-down and the state figures (in progress at a period's end, passed due in a period) by instant.
CREATE INDEX ix_dossier_result_ready ON dossier (result_ready_at);
CREATE INDEX ix_dossier_returned ON dossier (returned_at);
CREATE INDEX ix_dossier_status_closed ON dossier (status, closed_at);
CREATE INDEX ix_dossier_due ON dossier (due_at);
