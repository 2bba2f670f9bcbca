-- Coach findings the owner chose to ignore for one incident, by the finding's stable key.
CREATE TABLE dismissed_findings (
    incident_id  VARCHAR NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    finding_key  VARCHAR NOT NULL,
    PRIMARY KEY (incident_id, finding_key)
);
