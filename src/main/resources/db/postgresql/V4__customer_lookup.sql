-- PostgreSQL copy of h2/V4: a generated column must say STORED here (H2 accepts it without).
-- "Hit more than once": customers are matched across incidents by email, whatever its case.
ALTER TABLE affected_customers ADD COLUMN email_key VARCHAR GENERATED ALWAYS AS (LOWER(email)) STORED;
CREATE INDEX affected_customers_email ON affected_customers (email_key);
