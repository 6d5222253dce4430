-- Procedures live in the database, versioned (docs/domain.md, "Procedures and their versions"). A change to a
-- procedure is a new version from its effective date; a dossier keeps the version it was registered under, so its
-- due date, fee, checklist and agencies never move when the catalog changes. admin_procedure stays the procedure's
-- row (dossiers and reports join it) and mirrors the version in force; procedure_agency and procedure_document
-- likewise.
CREATE TABLE procedure_version (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_code    VARCHAR(32)   NOT NULL,
    version_no        INT           NOT NULL,
    effective_from    DATE          NOT NULL,
    national_code     VARCHAR(64),
    name              VARCHAR(500)  NOT NULL,
    field             VARCHAR(255)  NOT NULL,
    level             VARCHAR(32)   NOT NULL,
    processing_days   INT,
    processing_hours  INT,
    same_day          BOOLEAN       NOT NULL,
    fee               DECIMAL(15,0) NOT NULL,
    template          VARCHAR(32)   NOT NULL,
    process_key       VARCHAR(64)   NOT NULL,
    legal_basis       VARCHAR(1000),
    resolved_by       VARCHAR(64)   NOT NULL,
    created_at        DATETIME      NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_procedure_version_no UNIQUE (procedure_code, version_no),
    CONSTRAINT uk_procedure_version_from UNIQUE (procedure_code, effective_from),
    CONSTRAINT fk_procedure_version_procedure FOREIGN KEY (procedure_code) REFERENCES admin_procedure (code)
);

-- The agencies of a version in order: a fixed unit (unit_code), the dossier's competent unit of a kind (unit_kind), or
-- neither (the competent unit, as versions made before V21 say it).
CREATE TABLE procedure_version_agency (
    version_id       BIGINT      NOT NULL,
    position         INT         NOT NULL,
    unit_kind        VARCHAR(32),
    unit_code        VARCHAR(32),
    department_code  VARCHAR(32) NOT NULL,
    share_days       INT,
    share_hours      INT,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_procedure_version_agency FOREIGN KEY (version_id) REFERENCES procedure_version (id)
);

CREATE TABLE procedure_version_document (
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(500) NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_procedure_version_document FOREIGN KEY (version_id) REFERENCES procedure_version (id)
);

ALTER TABLE admin_procedure ADD COLUMN national_code VARCHAR(64);
ALTER TABLE procedure_agency ADD COLUMN unit_kind VARCHAR(32);

-- The version a dossier was registered under.
ALTER TABLE dossier ADD COLUMN procedure_version_id BIGINT;

-- An upgraded database: each procedure it knows becomes version 1, in force since ever, on the model it named
-- (CUSTOM: the per-procedure models stay deployed in the engine, so the dossiers on them finish there). Its
-- dossiers keep that version. config/procedures seeds only the codes that have no version yet.
INSERT INTO procedure_version (procedure_code, version_no, effective_from, national_code, name, field, level,
                               processing_days, processing_hours, same_day, fee, template, process_key, legal_basis,
                               resolved_by, created_at, created_by)
SELECT code, 1, DATE '2000-01-01', NULL, name, field, level, processing_days, processing_hours, same_day, fee,
       'CUSTOM', process_key, legal_basis, resolved_by, CURRENT_TIMESTAMP, 'V21__procedure_versions'
  FROM admin_procedure;
INSERT INTO procedure_version_agency (version_id, position, unit_kind, unit_code, department_code, share_days,
                                      share_hours)
SELECT v.id, pa.position, NULL, pa.unit_code, pa.department_code, pa.share_days, pa.share_hours
  FROM procedure_agency pa
  JOIN procedure_version v ON v.procedure_code = pa.procedure_code;
INSERT INTO procedure_version_document (version_id, position, name)
SELECT v.id, pd.position, pd.name
  FROM procedure_document pd
  JOIN procedure_version v ON v.procedure_code = pd.procedure_code;
UPDATE dossier SET procedure_version_id = (SELECT v.id FROM procedure_version v
                                            WHERE v.procedure_code = dossier.procedure_code);
