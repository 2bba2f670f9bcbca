-- Keep them posted: when customers should next hear how things stand, and where each update went.
ALTER TABLE incidents ADD COLUMN next_update_due TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE status_updates ADD COLUMN channel VARCHAR NOT NULL DEFAULT '';
