-- PostgreSQL copy of h2/V14. Java's \p{javaWhitespace} is spelled [[:space:]] here, REGEXP_REPLACE needs 'g' to
-- replace both ends, and a generated column must say STORED.
-- The key customers are matched by across incidents is the one the app uses (domain.SameCustomer): the email in
-- lower case without the white space around it. V4's key kept the spaces, so " Ann@X.com " was not ann@x.com.
DROP INDEX affected_customers_email;
ALTER TABLE affected_customers DROP COLUMN email_key;
ALTER TABLE affected_customers ADD COLUMN email_key VARCHAR
    GENERATED ALWAYS AS (LOWER(REGEXP_REPLACE(email, '^[[:space:]]+|[[:space:]]+$', '', 'g'))) STORED;
CREATE INDEX affected_customers_email ON affected_customers (email_key);
