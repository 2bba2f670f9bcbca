-- "Hit more than once": customers are matched across incidents by email, whatever its case.
ALTER TABLE affected_customers ADD COLUMN email_key VARCHAR GENERATED ALWAYS AS (LOWER(email));
CREATE INDEX affected_customers_email ON affected_customers (email_key);
