-- When a corrective action was done, and why one was dropped.
ALTER TABLE corrective_actions ADD COLUMN done_on DATE;
ALTER TABLE corrective_actions ADD COLUMN dropped_reason VARCHAR NOT NULL DEFAULT '';
