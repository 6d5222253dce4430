-- Sign-in that holds (docs/security.md): every failed sign-in, by the user name typed and the client address it came
-- from, and the locks that too many failures set. In the database, not in memory, so that every node of a cluster
-- counts the same failures and refuses the same locked accounts. Portable SQL.
CREATE TABLE sign_in_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(64)  NOT NULL,
    client     VARCHAR(64)  NOT NULL,
    failed_at  DATETIME     NOT NULL
);
CREATE INDEX ix_sign_in_failure_username ON sign_in_failure (username, failed_at);
CREATE INDEX ix_sign_in_failure_client ON sign_in_failure (client, failed_at);
CREATE INDEX ix_sign_in_failure_at ON sign_in_failure (failed_at);

-- One row per account (kind ACCOUNT, the user name) or client address (kind CLIENT) that was ever locked; the lock
-- holds while locked_until lies ahead. Failures before locked_until no longer count: an unlock sets it to now.
CREATE TABLE sign_in_lock (
    kind          VARCHAR(16)  NOT NULL,
    subject       VARCHAR(64)  NOT NULL,
    locked_until  DATETIME     NOT NULL,
    PRIMARY KEY (kind, subject)
);
