-- How to greet each customer, their order or booking reference, and the owner's private notes.
ALTER TABLE affected_customers ADD COLUMN salutation VARCHAR NOT NULL DEFAULT '';
ALTER TABLE affected_customers ADD COLUMN reference VARCHAR NOT NULL DEFAULT '';
ALTER TABLE affected_customers ADD COLUMN notes VARCHAR NOT NULL DEFAULT '';
