-- The portal integration (docs/portal.md). Portable SQL.

-- Clients of the token endpoint (POST /oauth2/token, client credentials): a provincial or national portal registered
-- by the administrator. The secret is kept as a BCrypt hash; its dossiers go to the desk of unit_code.
CREATE TABLE portal_client (
    client_id   VARCHAR(100)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255)  NOT NULL,
    secret_hash VARCHAR(100)  NOT NULL,
    scopes      VARCHAR(500)  NOT NULL,
    unit_code   VARCHAR(32)   NOT NULL,
    enabled     BOOLEAN       DEFAULT TRUE NOT NULL,
    created_at  DATETIME      NOT NULL
);

-- The key pair the tokens are signed with: one for every node, so that a token issued by one node is good on all.
CREATE TABLE portal_signing_key (
    kid         VARCHAR(64)   NOT NULL PRIMARY KEY,
    private_key TEXT          NOT NULL,
    public_key  TEXT          NOT NULL,
    created_at  DATETIME      NOT NULL
);

-- Intakes answered once: a portal's portalId (kept for good) and a desk's Idempotency-Key (24 hours). The primary key
-- is what makes two concurrent twins one dossier: the second insert waits for the first, then fails.
CREATE TABLE intake_key (
    scope        VARCHAR(120)  NOT NULL,
    idem_key     VARCHAR(200)  NOT NULL,
    created_at   DATETIME      NOT NULL,
    status       INT,
    dossier_code VARCHAR(64),
    body         TEXT,
    PRIMARY KEY (scope, idem_key)
);

-- Status changes waiting for the portal, written in the step's own transaction (the transactional outbox), sent in
-- seq order per dossier. A row is the head of its dossier's queue when no row of a lower seq is unsent; a worker takes
-- it by setting lease_until (one worker at a time, on any number of nodes).
CREATE TABLE portal_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id      BIGINT        NOT NULL,
    dossier_code    VARCHAR(64)   NOT NULL,
    seq             INT           NOT NULL,
    status_code     INT           NOT NULL,
    payload         TEXT          NOT NULL,
    created_at      DATETIME      NOT NULL,
    next_attempt_at DATETIME      NOT NULL,
    attempts        INT           DEFAULT 0 NOT NULL,
    lease_until     DATETIME,
    leased_by       VARCHAR(100),
    sent_at         DATETIME,
    last_error      VARCHAR(500),
    CONSTRAINT uq_portal_outbox_seq UNIQUE (dossier_id, seq)
);
CREATE INDEX ix_portal_outbox_pending ON portal_outbox (sent_at, next_attempt_at);
CREATE INDEX ix_portal_outbox_status ON portal_outbox (status_code, sent_at, dossier_id);

-- Decision 766, công khai, minh bạch: dossiers synchronised to the portal, counted on their receipt date when the
-- portal acknowledges their receipt status (IndicatorRollup). Nothing was synchronised before: no rebuild is needed.
ALTER TABLE indicator_rollup ADD COLUMN n_synced INT DEFAULT 0 NOT NULL;
ALTER TABLE indicator_rollup_month ADD COLUMN n_synced INT DEFAULT 0 NOT NULL;
