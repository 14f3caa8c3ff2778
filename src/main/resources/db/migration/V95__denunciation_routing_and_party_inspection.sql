-- Denunciations at the right level (Denunciation Law 2018, arts. 13-15): whom a denunciation is about
-- is an input of the routing table, kept on the case so that every level's process reads the same value.
ALTER TABLE petition_case ADD COLUMN denounced_person varchar(30);
COMMENT ON COLUMN petition_case.denounced_person IS
    'Whom a denunciation is about: COMMUNE_OFFICIAL, COMMUNE_LEADER, DISTRICT_MANAGED, PARTY_MEMBER, ORGANISATION (routing input)';

-- The dashboard counts the cases a commune handled against the routing table's suggestion.
ALTER TABLE dash_case ADD COLUMN against_table boolean NOT NULL DEFAULT false;
ALTER TABLE dash_case_bucket ADD COLUMN against_table bigint NOT NULL DEFAULT 0;

-- The Party inspection track (Party Charter; Quy định 22-QĐ/TW): one inspection of a Party member by the
-- committee's inspection commission, started from a denunciation (a case) or a supervision finding (a campaign).
CREATE TABLE party_inspection (
    inspection_id       varchar(80)  PRIMARY KEY,
    subject_type        varchar(20)  NOT NULL CHECK (subject_type IN ('CASE', 'CAMPAIGN')),
    subject_id          varchar(60)  NOT NULL,
    commission_unit     varchar(40)  NOT NULL REFERENCES unit (code),
    committee_unit      varchar(40)  NOT NULL REFERENCES unit (code),
    status              varchar(30)  NOT NULL,
    reason              text         NOT NULL,
    verification        text,
    violation_found     boolean,
    conclusion          text,
    proposed_discipline varchar(30),
    decided_discipline  varchar(30),
    decision_number     varchar(100),
    started_by          varchar(100) NOT NULL,
    started_at          timestamp with time zone NOT NULL,
    closed_at           timestamp with time zone,
    updated_at          timestamp with time zone NOT NULL
);
CREATE INDEX party_inspection_subject_idx ON party_inspection (subject_type, subject_id);
-- at most one open inspection per case or campaign
CREATE UNIQUE INDEX party_inspection_open_idx ON party_inspection (subject_type, subject_id) WHERE closed_at IS NULL;
