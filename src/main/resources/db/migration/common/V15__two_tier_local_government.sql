-- Two-tier local government (Law on the Organisation of Local Government 2025, from 1 July 2025): a province with
-- its Public Administrative Service Center (and branches), its provincial agencies, and its communes, wards and
-- special zones, each a unit with its own one-stop desk. Portable SQL: the same script runs on H2 and MySQL/MariaDB.

-- PROVINCE (the province's People's Committee or one of its agencies), SERVICE_CENTER, BRANCH (of the center) or
-- COMMUNE (xã, phường, đặc khu). A unit without a parent is the root: its supervisors watch every unit.
ALTER TABLE unit ADD COLUMN kind VARCHAR(16) DEFAULT 'COMMUNE' NOT NULL;
ALTER TABLE unit ADD COLUMN parent_code VARCHAR(32);

-- What a department does (e.g. TC-KH), as the handling models and the procedure catalog name it: the department
-- that works a dossier is the one of that kind in the unit the dossier's agency chain names.
ALTER TABLE department ADD COLUMN kind VARCHAR(32) DEFAULT '' NOT NULL;
UPDATE department SET kind = code;

-- The kinds of unit that resolve a procedure, and for each agency of its chain a fixed unit (a provincial agency)
-- or none (the unit that resolves the dossier).
ALTER TABLE admin_procedure ADD COLUMN resolved_by VARCHAR(64) DEFAULT 'COMMUNE' NOT NULL;
ALTER TABLE procedure_agency ADD COLUMN unit_code VARCHAR(32);

-- A dossier keeps three places apart: where the citizen was helped, the desk that officially received it (whose
-- agency code opens the dossier code), and the competent unit that resolves it (unit_code, which the indicators
-- count), with the names they had when it was received.
ALTER TABLE dossier ADD COLUMN helped_unit_code VARCHAR(32);
ALTER TABLE dossier ADD COLUMN receiving_unit_code VARCHAR(32);
ALTER TABLE dossier ADD COLUMN receiving_unit_name VARCHAR(255);
ALTER TABLE dossier ADD COLUMN unit_name VARCHAR(255);
UPDATE dossier SET helped_unit_code = unit_code, receiving_unit_code = unit_code,
                   receiving_unit_name = (SELECT u.name FROM unit u WHERE u.code = dossier.unit_code),
                   unit_name = (SELECT u.name FROM unit u WHERE u.code = dossier.unit_code);
CREATE INDEX ix_dossier_receiving_unit ON dossier (receiving_unit_code, status);

-- The agencies a dossier passes, resolved when it is registered: the department of each (and its unit), with the
-- names they had then and the share of the limit, so a later rename or catalog change leaves the dossier as it was.
CREATE TABLE dossier_agency (
    dossier_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    unit_code        VARCHAR(32)  NOT NULL,
    unit_name        VARCHAR(255) NOT NULL,
    department_code  VARCHAR(32)  NOT NULL,
    department_kind  VARCHAR(32)  NOT NULL,
    department_name  VARCHAR(255) NOT NULL,
    share_days       INT,
    share_hours      INT,
    CONSTRAINT pk_dossier_agency PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_agency_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_agency_department ON dossier_agency (department_code, dossier_id);

INSERT INTO dossier_agency (dossier_id, position, unit_code, unit_name, department_code, department_kind,
                            department_name, share_days, share_hours)
SELECT d.id, pa.position, dep.unit_code, u.name, dep.code, dep.kind, dep.name, pa.share_days, pa.share_hours
  FROM dossier d
  JOIN procedure_agency pa ON pa.procedure_code = d.procedure_code
  JOIN department dep ON dep.code = pa.department_code
  JOIN unit u ON u.code = dep.unit_code;

-- An upgraded database keeps its figures: the rollup is rebuilt from the dossier rows at the next start, counted for
-- each dossier's competent unit (RollupRebuild, as V14 asks).
INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V15__two_tier_local_government');
