-- Several people at once (issue 19): every save of an incident adds one to its version, so a save from someone who
-- read an older version is refused instead of silently overwriting what was saved since. Existing incidents start at 0.
ALTER TABLE incidents ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
