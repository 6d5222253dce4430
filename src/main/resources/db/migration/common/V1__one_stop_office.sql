-- Một Cửa: our own tables. The engine keeps its own (ACT_*); the dossier lives here.
-- Portable SQL: the same script runs on H2 and on MySQL 8 / MariaDB.
-- Instants are DATETIME in UTC (Connector/J connectionTimeZone=UTC); *_on columns are office-zone dates.

-- --- Organisation -------------------------------------------------------------------------
CREATE TABLE unit (
    code             VARCHAR(32)  NOT NULL PRIMARY KEY,
    agency_code      VARCHAR(32)  NOT NULL,
    name             VARCHAR(255) NOT NULL,
    morning_start    TIME         NOT NULL,
    morning_end      TIME         NOT NULL,
    afternoon_start  TIME         NOT NULL,
    afternoon_end    TIME         NOT NULL
);

CREATE TABLE department (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    unit_code  VARCHAR(32)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    CONSTRAINT fk_department_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE TABLE staff (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(100) NOT NULL,
    full_name      VARCHAR(255) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    unit_code      VARCHAR(32)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    CONSTRAINT fk_staff_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);

CREATE TABLE staff_department (
    username         VARCHAR(64) NOT NULL,
    department_code  VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, department_code),
    CONSTRAINT fk_staff_department_staff FOREIGN KEY (username) REFERENCES staff (username),
    CONSTRAINT fk_staff_department_department FOREIGN KEY (department_code) REFERENCES department (code)
);

-- --- Procedure catalog (synchronised from config/procedures at start-up) ----------------------
CREATE TABLE admin_procedure (
    code              VARCHAR(32)   NOT NULL PRIMARY KEY,
    name              VARCHAR(500)  NOT NULL,
    field             VARCHAR(255)  NOT NULL,
    level             VARCHAR(32)   NOT NULL,
    processing_days   INT,
    processing_hours  INT,
    same_day          BOOLEAN       NOT NULL,
    fee               DECIMAL(15,0) NOT NULL,
    process_key       VARCHAR(64)   NOT NULL,
    legal_basis       VARCHAR(1000)
);

CREATE TABLE procedure_agency (
    procedure_code   VARCHAR(32) NOT NULL,
    position         INT         NOT NULL,
    department_code  VARCHAR(32) NOT NULL,
    share_days       INT,
    share_hours      INT,
    PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_agency_procedure FOREIGN KEY (procedure_code) REFERENCES admin_procedure (code)
);

CREATE TABLE procedure_document (
    procedure_code  VARCHAR(32)  NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(500) NOT NULL,
    PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_document_procedure FOREIGN KEY (procedure_code) REFERENCES admin_procedure (code)
);

-- --- Dossiers -----------------------------------------------------------------------------
CREATE TABLE dossier (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(40)   NOT NULL,
    procedure_code       VARCHAR(32)   NOT NULL,
    unit_code            VARCHAR(32)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    applicant_full_name  VARCHAR(255)  NOT NULL,
    applicant_id_number  VARCHAR(12)   NOT NULL,
    applicant_phone      VARCHAR(15)   NOT NULL,
    applicant_email      VARCHAR(254),
    applicant_address    VARCHAR(500)  NOT NULL,
    payment_method       VARCHAR(16)   NOT NULL,
    fee                  DECIMAL(15,0) NOT NULL,
    submitted_at         DATETIME      NOT NULL,
    received_at          DATETIME,
    received_on          DATE,
    due_at               DATETIME,
    rescheduled_due_at   DATETIME,
    result_ready_at      DATETIME,
    returned_at          DATETIME,
    closed_at            DATETIME,
    current_department   VARCHAR(32),
    overdue              BOOLEAN       NOT NULL,
    timeliness           VARCHAR(8),
    satisfaction         INT,
    returned_to          VARCHAR(255),
    process_instance_id  VARCHAR(64),
    version              INT           NOT NULL,
    CONSTRAINT uk_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_code) REFERENCES admin_procedure (code),
    CONSTRAINT fk_dossier_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_dossier_status_due ON dossier (status, due_at);
CREATE INDEX ix_dossier_department ON dossier (current_department, status);
CREATE INDEX ix_dossier_received_on ON dossier (received_on);

CREATE TABLE dossier_document (
    dossier_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(500) NOT NULL,
    digitized   BOOLEAN      NOT NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_dossier_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- Requests for supplement: at the desk (before receipt, Mẫu 02) or during handling (suspension).
CREATE TABLE supplement_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id         BIGINT        NOT NULL,
    stage              VARCHAR(16)   NOT NULL,
    requested_at       DATETIME      NOT NULL,
    requested_by       VARCHAR(64)   NOT NULL,
    department_code    VARCHAR(32),
    reason             VARCHAR(2000) NOT NULL,
    missing_documents  VARCHAR(4000),
    fulfilled_at       DATETIME,
    CONSTRAINT fk_supplement_request_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_supplement_request_dossier ON supplement_request (dossier_id);

-- The timeline: append-only. No code path updates or deletes a row.
CREATE TABLE dossier_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id       BIGINT        NOT NULL,
    at               DATETIME      NOT NULL,
    step             VARCHAR(40)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    department_code  VARCHAR(32),
    note             VARCHAR(2000),
    CONSTRAINT fk_dossier_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_event_dossier ON dossier_event (dossier_id, id);

-- Running numbers of dossier codes, per receiving agency and day.
CREATE TABLE dossier_counter (
    agency_code  VARCHAR(32) NOT NULL,
    counter_day  DATE        NOT NULL,
    last_value   INT         NOT NULL,
    PRIMARY KEY (agency_code, counter_day)
);
