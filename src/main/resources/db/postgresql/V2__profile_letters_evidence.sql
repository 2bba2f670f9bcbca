-- PostgreSQL copy of h2/V2: BLOB is BYTEA here.
-- The business profile is a single row (id is always 1); it exists from the start so code only updates it.
CREATE TABLE business_profile (
    id          INT DEFAULT 1 PRIMARY KEY CHECK (id = 1),
    name        VARCHAR NOT NULL DEFAULT '',
    address     VARCHAR NOT NULL DEFAULT '',
    phone       VARCHAR NOT NULL DEFAULT '',
    email       VARCHAR NOT NULL DEFAULT '',
    website     VARCHAR NOT NULL DEFAULT '',
    signer_name VARCHAR NOT NULL DEFAULT '',
    signer_role VARCHAR NOT NULL DEFAULT '',
    sign_off    VARCHAR NOT NULL DEFAULT '',
    currency    VARCHAR(3) NOT NULL DEFAULT 'EUR',
    paper       VARCHAR(16) NOT NULL DEFAULT 'A4'
);
INSERT INTO business_profile (id) VALUES (1);

-- Letters written for an incident. customer_id is deliberately not a foreign key: customer rows are
-- rewritten on every autosave, and a cascade would wipe the letter history each time.
CREATE TABLE letters (
    id          VARCHAR PRIMARY KEY,
    incident_id VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    customer_id VARCHAR,
    kind        VARCHAR(32) NOT NULL,
    format      VARCHAR(16) NOT NULL,
    file_path   VARCHAR NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX letters_incident ON letters (incident_id, created_at);

-- KEY and VALUE are reserved words in H2, hence the prefixed column names.
CREATE TABLE settings (
    setting_key   VARCHAR PRIMARY KEY,
    setting_value VARCHAR NOT NULL
);

-- Evidence files of a corrective action. Attachments are immutable: saving an incident inserts new ones
-- and deletes dropped ones, but never rewrites a stored blob.
CREATE TABLE attachments (
    id        VARCHAR PRIMARY KEY,
    action_id VARCHAR NOT NULL REFERENCES corrective_actions (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    file_name VARCHAR NOT NULL,
    content   BYTEA NOT NULL,
    size      INT NOT NULL
);
CREATE INDEX attachments_action ON attachments (action_id, position);
