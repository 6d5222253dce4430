-- A handler's record that a dossier's task waits for an answer from outside the department (a site visit, another
-- agency's opinion, a verification the law allows), with the instant the answer is expected. It does not stop the
-- clock (only a supplement request does); it tells the lateness forecast when the department can work the dossier.
-- It ends when its task is completed.
CREATE TABLE verification_wait (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id       BIGINT        NOT NULL,
    department_code  VARCHAR(32)   NOT NULL,
    task_id          VARCHAR(64)   NOT NULL,
    requested_at     DATETIME      NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    expected_by      DATETIME      NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    ended_at         DATETIME,
    CONSTRAINT fk_verification_wait_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_verification_wait_dossier ON verification_wait (dossier_id, requested_at);
CREATE INDEX ix_verification_wait_task ON verification_wait (task_id);
