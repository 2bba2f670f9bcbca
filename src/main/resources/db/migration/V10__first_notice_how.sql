-- First notice is a fact the owner records: how customers were first told (PHONE, IN_PERSON, EMAIL, LETTER,
-- SOCIAL). Incidents told before this was kept have none.
ALTER TABLE incidents ADD COLUMN first_notice_how VARCHAR(20);
