-- Prices per period (issue 18): what a customer pays and what they are offered may recur every week, month or year,
-- and an offer runs for a number of those periods ("one month free"). Rows from before are one-off.
ALTER TABLE affected_customers ADD COLUMN expected_period VARCHAR(32) DEFAULT 'ONE_OFF' NOT NULL;
ALTER TABLE affected_customers ADD COLUMN offer_period VARCHAR(32) DEFAULT 'ONE_OFF' NOT NULL;
ALTER TABLE affected_customers ADD COLUMN offer_periods INT DEFAULT 1 NOT NULL;
