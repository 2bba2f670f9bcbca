-- The key customers are matched by across incidents is the one the app uses (domain.SameCustomer): the email in
-- lower case without the white space around it. V4's key kept the spaces, so " Ann@X.com " was not ann@x.com.
-- H2's regular expressions are Java's, so \p{javaWhitespace} is exactly what String.strip() removes.
DROP INDEX affected_customers_email;
ALTER TABLE affected_customers DROP COLUMN email_key;
ALTER TABLE affected_customers ADD COLUMN email_key VARCHAR
    GENERATED ALWAYS AS (LOWER(REGEXP_REPLACE(email, '^\p{javaWhitespace}+|\p{javaWhitespace}+$', '')));
CREATE INDEX affected_customers_email ON affected_customers (email_key);
