-- Personal data kept to those who need it (Law 91/2025/QH15 on personal data protection, Decree 356/2025/NĐ-CP;
-- docs/domain.md, "Dữ liệu cá nhân"). Portable SQL.

-- When the retention rule erased the applicant's personal data from a closed dossier (motcua.privacy.retention):
-- the row keeps what the indicators and the tracking book's dates need, and loses who the applicant was.
ALTER TABLE dossier ADD COLUMN personal_data_erased_at DATETIME;

-- Every explicit opening of a dossier's full personal data by a member of staff who sees it masked: who, when,
-- which dossier, why, from where. Append-only: db/migration/{h2,mysql}/V22_1 refuse updates and deletes.
CREATE TABLE personal_data_access (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME      NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    actor_role     VARCHAR(16)   NOT NULL,
    dossier_code   VARCHAR(40)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    client_address VARCHAR(64)
);
CREATE INDEX ix_personal_data_access_at ON personal_data_access (at, id);
CREATE INDEX ix_personal_data_access_actor ON personal_data_access (actor, at);
CREATE INDEX ix_personal_data_access_dossier ON personal_data_access (dossier_code, at);
