-- Supervision campaigns (217-QĐ/TW), their recommendations and history. Instants are UTC.

CREATE TABLE supervision_campaign (
    campaign_id        varchar(80)  PRIMARY KEY,
    unit_code          varchar(40)  NOT NULL REFERENCES unit (code),
    year               int          NOT NULL,
    planned_quarter    int          NOT NULL CHECK (planned_quarter BETWEEN 1 AND 4),
    subject            varchar(300) NOT NULL,
    supervised_body    varchar(300) NOT NULL,
    status             varchar(30)  NOT NULL,
    resupervision_of   varchar(80)  REFERENCES supervision_campaign (campaign_id),
    decision_number    varchar(100),
    team_leader        varchar(200),
    plan_summary       text,
    notice_number      varchar(100),
    self_report_due_at timestamp with time zone,
    self_report        text,
    field_work_notes   text,
    draft_comments     text,
    report_number      varchar(100),
    findings           text,
    late_state         varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    created_by         varchar(100) NOT NULL,
    created_at         timestamp with time zone NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    closed_at          timestamp with time zone,
    last_sequence      int          NOT NULL DEFAULT 0
);

CREATE INDEX supervision_campaign_unit_idx ON supervision_campaign (unit_code, year);

-- Petition cases that led to a campaign (recurring subjects) or that it looks into.
CREATE TABLE supervision_campaign_case (
    campaign_id varchar(80) NOT NULL REFERENCES supervision_campaign (campaign_id),
    case_id     varchar(60) NOT NULL,
    PRIMARY KEY (campaign_id, case_id)
);

-- Readable campaign numbers per unit and year (SUPERVISION-MTTQHUYEN-2026-01).
CREATE TABLE supervision_number (
    unit_code  varchar(40) NOT NULL,
    year       int         NOT NULL,
    last_value int         NOT NULL,
    PRIMARY KEY (unit_code, year)
);

CREATE TABLE supervision_recommendation (
    recommendation_id  varchar(90)  PRIMARY KEY,
    campaign_id        varchar(80)  NOT NULL REFERENCES supervision_campaign (campaign_id),
    number             int          NOT NULL,
    content            text         NOT NULL,
    state              varchar(30)  NOT NULL,
    late_state         varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    due_at             timestamp with time zone,
    response           varchar(20),
    response_text      text,
    response_reason    text,
    answer_channel     varchar(20),
    answered_by        varchar(200),
    answered_at        timestamp with time zone,
    judgement          varchar(20),
    judgement_note     text,
    committee_decision varchar(20),
    committee_note     text,
    resupervision_id   varchar(80),
    created_at         timestamp with time zone NOT NULL,
    closed_at          timestamp with time zone,
    UNIQUE (campaign_id, number)
);

-- Every change of a campaign; rows that published an event carry that event's sequence.
CREATE TABLE supervision_history (
    id                bigserial    PRIMARY KEY,
    campaign_id       varchar(80)  NOT NULL REFERENCES supervision_campaign (campaign_id),
    sequence          int,
    at                timestamp with time zone NOT NULL,
    action            varchar(40)  NOT NULL,
    recommendation_id varchar(90),
    actor             varchar(200) NOT NULL,
    note              text,
    UNIQUE (campaign_id, sequence)
);

-- Recurring petition subjects already proposed for a campaign: one proposal per commune, area, quarter.
CREATE TABLE supervision_proposal (
    unit_code    varchar(40)  NOT NULL,
    subject_area varchar(40)  NOT NULL,
    year         int          NOT NULL,
    quarter      int          NOT NULL,
    case_ids     text         NOT NULL,
    proposed_at  timestamp with time zone NOT NULL,
    campaign_id  varchar(80),
    PRIMARY KEY (unit_code, subject_area, year, quarter)
);

-- Yearly-target reminders and escalations already sent, so each goes out once per unit and year.
CREATE TABLE supervision_target_notice (
    unit_code varchar(40) NOT NULL,
    year      int         NOT NULL,
    stage     varchar(20) NOT NULL,
    sent_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (unit_code, year, stage)
);
