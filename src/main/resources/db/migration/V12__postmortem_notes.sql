-- The owner's postmortem notes beside the five whys (domain.PostmortemNotes): the trigger, the impact in their
-- words and figures, what went well and wrong, where we got lucky, the lessons. One row per incident that has any.
CREATE TABLE postmortem_notes (
    incident_id     VARCHAR PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    trigger_text    VARCHAR NOT NULL,
    impact          VARCHAR NOT NULL,
    people_affected BIGINT,
    money_lost      DECIMAL(12, 2),
    went_well       VARCHAR NOT NULL,
    went_wrong      VARCHAR NOT NULL,
    got_lucky       VARCHAR NOT NULL,
    lessons         VARCHAR NOT NULL
);

-- Contributing factors, each with whys of its own; like the five whys, the position is the key.
CREATE TABLE contributing_factors (
    incident_id VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    factor      VARCHAR NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE factor_whys (
    incident_id     VARCHAR NOT NULL,
    factor_position INT NOT NULL,
    position        INT NOT NULL,
    question        VARCHAR NOT NULL,
    answer          VARCHAR NOT NULL,
    root_cause      BOOLEAN NOT NULL,
    PRIMARY KEY (incident_id, factor_position, position),
    FOREIGN KEY (incident_id, factor_position) REFERENCES contributing_factors (incident_id, position)
        ON DELETE CASCADE
);

-- Supporting links, kept as typed (an address still being typed is not lost).
CREATE TABLE supporting_links (
    incident_id VARCHAR NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    label       VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    PRIMARY KEY (incident_id, position)
);
