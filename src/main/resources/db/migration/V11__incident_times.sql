-- Incident times (issue 17): when the service was restored and the incident resolved, which of the five times are
-- estimates (names of Moment: STARTED, DISCOVERED, TOLD, RESTORED, RESOLVED, comma-separated), and the zone the owner
-- recorded the times in (an IANA id such as Europe/Berlin). Incidents from before have none of them.
ALTER TABLE incidents ADD COLUMN restored_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE incidents ADD COLUMN resolved_at TIMESTAMP(9) WITH TIME ZONE;
ALTER TABLE incidents ADD COLUMN approximate_times VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE incidents ADD COLUMN time_zone VARCHAR(64);
