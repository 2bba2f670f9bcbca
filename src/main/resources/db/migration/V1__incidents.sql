-- Incidents and their child rows. Conventions for every migration:
--  * times are TIMESTAMP(9) WITH TIME ZONE, always written in UTC, so Instants round-trip to the nanosecond;
--  * money is DECIMAL(12,2) (amounts come back with two decimals);
--  * enums are stored by name; free text is unbounded VARCHAR (length limits are domain rules, not schema);
--  * child rows keep their order in a position column and die with their parent (ON DELETE CASCADE).

CREATE TABLE incidents (
    id              VARCHAR PRIMARY KEY,
    title           VARCHAR NOT NULL,
    category        VARCHAR(32) NOT NULL,
    severity        VARCHAR(32) NOT NULL,
    status          VARCHAR(32) NOT NULL,
    happened_at     TIMESTAMP(9) WITH TIME ZONE,
    discovered_at   TIMESTAMP(9) WITH TIME ZONE,
    discovered_by   VARCHAR(32) NOT NULL,
    first_notice_at TIMESTAMP(9) WITH TIME ZONE,
    admit           VARCHAR NOT NULL,
    thank           VARCHAR NOT NULL,
    explain         VARCHAR NOT NULL,
    problem         VARCHAR NOT NULL,
    follow_up_due   DATE,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX incidents_created_at ON incidents (created_at DESC);

CREATE TABLE affected_customers (
    id             VARCHAR PRIMARY KEY,
    incident_id    VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    name           VARCHAR NOT NULL,
    email          VARCHAR NOT NULL,
    expected       VARCHAR NOT NULL,
    expected_value DECIMAL(12, 2),
    offer_kind     VARCHAR(32) NOT NULL,
    offer_amount   DECIMAL(12, 2),
    offer_note     VARCHAR NOT NULL,
    offer_state    VARCHAR(32) NOT NULL
);
CREATE INDEX affected_customers_incident ON affected_customers (incident_id, position);

CREATE TABLE status_updates (
    id          VARCHAR PRIMARY KEY,
    incident_id VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    written_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    text        VARCHAR NOT NULL,
    sent        BOOLEAN NOT NULL
);
CREATE INDEX status_updates_incident ON status_updates (incident_id, position);

-- Why steps have no identity of their own: the incident and the position are the key.
CREATE TABLE why_steps (
    incident_id VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    question    VARCHAR NOT NULL,
    answer      VARCHAR NOT NULL,
    root_cause  BOOLEAN NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE corrective_actions (
    id            VARCHAR PRIMARY KEY,
    incident_id   VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    description   VARCHAR NOT NULL,
    owner         VARCHAR NOT NULL,
    due           DATE,
    status        VARCHAR(32) NOT NULL,
    evidence_note VARCHAR NOT NULL
);
CREATE INDEX corrective_actions_incident ON corrective_actions (incident_id, position);
