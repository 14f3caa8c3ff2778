-- Petition cases: the record every level works on, and its timeline. Instants are UTC; the
-- application shows and counts days in Vietnam's time (Asia/Ho_Chi_Minh).

CREATE TABLE petition_case (
    case_id               varchar(60)  PRIMARY KEY,
    tracking_code         varchar(20)  NOT NULL UNIQUE,
    origin_unit_code      varchar(40)  NOT NULL REFERENCES unit (code),
    current_level         varchar(20)  NOT NULL REFERENCES level (code),
    current_unit_code     varchar(40)  NOT NULL REFERENCES unit (code),
    status                varchar(30)  NOT NULL,
    channel               varchar(20)  NOT NULL,
    case_type             varchar(20),
    subject               varchar(300) NOT NULL,
    subject_area          varchar(40),
    content               text         NOT NULL,
    complexity            varchar(20),
    remote_area           boolean,
    concerns_party_member boolean,
    district_decision     boolean,
    petitioner_name       varchar(200) NOT NULL,
    petitioner_phone      varchar(30),
    petitioner_address    varchar(500),
    external_reference    varchar(100),
    source_event_id       varchar(200) UNIQUE,
    duplicate_of          varchar(60)  REFERENCES petition_case (case_id),
    outcome               varchar(40),
    conclusion            text,
    decision_number       varchar(100),
    forward_reason        text,
    refusal_reason        text,
    committee_direction   text,
    handler               varchar(100),
    received_at           timestamp with time zone NOT NULL,
    due_at                timestamp with time zone,
    late_state            varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    closed_at             timestamp with time zone,
    created_at            timestamp with time zone NOT NULL DEFAULT now(),
    updated_at            timestamp with time zone NOT NULL DEFAULT now(),
    last_sequence         int          NOT NULL DEFAULT 0
);

CREATE INDEX petition_case_origin_idx ON petition_case (origin_unit_code, status);
CREATE INDEX petition_case_current_idx ON petition_case (current_unit_code, status);
CREATE INDEX petition_case_petitioner_idx ON petition_case (lower(petitioner_name));
CREATE INDEX petition_case_subject_idx ON petition_case (origin_unit_code, subject_area, received_at);

-- Readable case numbers per unit and year (HIEPAN-2026-00042), as offices number their registers.
CREATE TABLE case_number (
    unit_code  varchar(40) NOT NULL,
    year       int         NOT NULL,
    last_value int         NOT NULL,
    PRIMARY KEY (unit_code, year)
);

CREATE TABLE case_timeline (
    case_id    varchar(60)  NOT NULL REFERENCES petition_case (case_id),
    sequence   int          NOT NULL,
    at         timestamp with time zone NOT NULL,
    action     varchar(40)  NOT NULL,
    level      varchar(20),
    unit_code  varchar(40),
    actor      varchar(100) NOT NULL,
    note       text,
    PRIMARY KEY (case_id, sequence)
);
