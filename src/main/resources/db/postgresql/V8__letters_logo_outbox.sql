-- PostgreSQL copy of h2/V8: BLOB is BYTEA here.
-- The logo lives in the database like attachments do: a letterhead must not break when a file moves.
ALTER TABLE business_profile ADD COLUMN logo BYTEA;
ALTER TABLE business_profile ADD COLUMN logo_type VARCHAR(32);
-- The currency is a business figure kept in settings (business.currency) since V2; this copy was never used.
ALTER TABLE business_profile DROP COLUMN currency;

-- The customer's name as it was when the letter went out: customer rows are rewritten on every save.
ALTER TABLE letters ADD COLUMN customer_name VARCHAR NOT NULL DEFAULT '';

-- Mails waiting to go over SMTP, or already sent. The whole RFC 822 message is stored, so what is sent
-- later is exactly what the owner saw; a failed attempt keeps the message and records why.
CREATE TABLE outbox (
    id            VARCHAR PRIMARY KEY,
    incident_id   VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    customer_id   VARCHAR NOT NULL DEFAULT '',
    customer_name VARCHAR NOT NULL DEFAULT '',
    kind          VARCHAR(32) NOT NULL,
    recipient     VARCHAR NOT NULL,
    subject       VARCHAR NOT NULL,
    message       BYTEA NOT NULL,
    queued_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    attempts      INT NOT NULL DEFAULT 0,
    last_error    VARCHAR,
    sent_at       TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX outbox_pending ON outbox (sent_at, queued_at);
