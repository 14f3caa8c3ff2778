-- Dialogue conferences (Quy định 218-QĐ/TW): which units must hold one each year, the conferences,
-- the citizens' questions, the commitments of the conclusion notice, and each conference's history.

-- Which units hold a yearly conference and who approves their plan: reference data an
-- administrator edits (units merge, the approving body changes), never names in code.
CREATE TABLE dialogue_unit_policy (
    unit_code       varchar(40)  PRIMARY KEY REFERENCES unit (code),
    must_hold       boolean      NOT NULL DEFAULT true,
    -- the Camunda group that approves the plan: the commune itself, the Party committee for the district
    approver_group  varchar(40)  NOT NULL,
    -- escalated to the committee when no conference is planned by this day of the year
    plan_by_month   int          NOT NULL DEFAULT 6 CHECK (plan_by_month BETWEEN 1 AND 12),
    plan_by_day     int          NOT NULL DEFAULT 30 CHECK (plan_by_day BETWEEN 1 AND 31)
);

INSERT INTO dialogue_unit_policy (unit_code, must_hold, approver_group)
SELECT code, true, code FROM unit WHERE level_code = 'COMMUNE';
INSERT INTO dialogue_unit_policy (unit_code, must_hold, approver_group) VALUES ('mttqhuyen', true, 'huyenuy');

CREATE TABLE dialogue_conference (
    conference_id       varchar(60)  PRIMARY KEY,
    unit_code           varchar(40)  NOT NULL REFERENCES unit (code),
    level               varchar(20)  NOT NULL,
    year                int          NOT NULL,
    number              int          NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'PLANNED', 'COLLECTING', 'PREPARING', 'HELD',
                                                               'CONCLUDED', 'CLOSED', 'REJECTED')),
    themes              text         NOT NULL,
    planned_date        date         NOT NULL,
    planned_time        time         NOT NULL,
    place               varchar(500) NOT NULL,
    leaders             text         NOT NULL,
    invited_groups      text,
    question_deadline   date         NOT NULL,
    approver_group      varchar(40)  NOT NULL,
    approval_note       text,
    held_at             timestamp with time zone,
    attendance          int,
    minutes             text,
    conclusion          text,
    notice_number       varchar(100),
    process_instance_id varchar(64),
    created_by          varchar(100) NOT NULL,
    created_at          timestamp with time zone NOT NULL,
    updated_at          timestamp with time zone NOT NULL,
    last_sequence       int          NOT NULL DEFAULT 0,
    UNIQUE (unit_code, year, number)
);
CREATE INDEX dialogue_conference_date_idx ON dialogue_conference (planned_date);

CREATE TABLE dialogue_question (
    question_id       varchar(70)  PRIMARY KEY,
    conference_id     varchar(60)  NOT NULL REFERENCES dialogue_conference (conference_id),
    number            int          NOT NULL,
    asked_by          varchar(200) NOT NULL,
    locality          varchar(200),
    content           text         NOT NULL,
    state             varchar(20)  NOT NULL CHECK (state IN ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'ANSWER_PENDING')),
    answering_agency  varchar(300),
    answer_due        date,
    received_by       varchar(100) NOT NULL,
    received_at       timestamp with time zone NOT NULL,
    UNIQUE (conference_id, number)
);

-- Open petition cases on the same theme, linked to a question or a commitment.
CREATE TABLE dialogue_case_link (
    item_id        varchar(70)  NOT NULL,
    conference_id  varchar(60)  NOT NULL REFERENCES dialogue_conference (conference_id),
    case_id        varchar(60)  NOT NULL REFERENCES petition_case (case_id),
    PRIMARY KEY (item_id, case_id)
);
CREATE INDEX dialogue_case_link_case_idx ON dialogue_case_link (case_id);

CREATE TABLE dialogue_commitment (
    commitment_id       varchar(70)  PRIMARY KEY,
    conference_id       varchar(60)  NOT NULL REFERENCES dialogue_conference (conference_id),
    number              int          NOT NULL,
    owner_unit_code     varchar(40)  NOT NULL REFERENCES unit (code),
    content             text         NOT NULL,
    due_at              timestamp with time zone NOT NULL,
    question_id         varchar(70)  REFERENCES dialogue_question (question_id),
    -- DRAFT until the conclusion notice is issued; then OPEN until the Front confirms it
    state               varchar(20)  NOT NULL CHECK (state IN ('DRAFT', 'OPEN', 'FULFILLED', 'UNFULFILLED', 'ROLLED_OVER')),
    late_state          varchar(20)  NOT NULL DEFAULT 'ON_TIME' CHECK (late_state IN ('ON_TIME', 'LATE', 'VERY_LATE')),
    outcome_note        text,
    -- the next conference of the same unit whose agenda lists it, while it is unfinished
    rolled_over_to      varchar(60)  REFERENCES dialogue_conference (conference_id),
    process_instance_id varchar(64),
    created_by          varchar(100) NOT NULL,
    created_at          timestamp with time zone NOT NULL,
    closed_at           timestamp with time zone,
    UNIQUE (conference_id, number)
);
CREATE INDEX dialogue_commitment_open_idx ON dialogue_commitment (state, rolled_over_to);

CREATE TABLE dialogue_history (
    conference_id  varchar(60)  NOT NULL REFERENCES dialogue_conference (conference_id),
    sequence       int          NOT NULL,
    at             timestamp with time zone NOT NULL,
    action         varchar(40)  NOT NULL,
    item_id        varchar(70),
    actor          varchar(100) NOT NULL,
    note           text,
    PRIMARY KEY (conference_id, sequence)
);
