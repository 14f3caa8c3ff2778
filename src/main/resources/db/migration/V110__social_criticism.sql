-- Social criticism (phản biện xã hội) by a Front committee of a draft policy, plan or project that an
-- authority sends it (Quyết định 217-QĐ/TW; Luật MTTQ Việt Nam 2015, art. 32-34; Nghị quyết liên tịch
-- 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN): the opinions of the organisations and experts, the
-- criticism document, and the authority's written response. Instants are UTC. docs/social-criticism.md.

CREATE TABLE criticism (
    criticism_id        varchar(60)  PRIMARY KEY,
    unit_code           varchar(40)  NOT NULL REFERENCES unit (code),
    year                int          NOT NULL,
    title               varchar(300) NOT NULL,
    -- the authority that drafted it: a unit of the table, or a body outside it named in words
    authority_unit_code varchar(40)  REFERENCES unit (code),
    authority_name      varchar(300) NOT NULL,
    draft_reference     varchar(500) NOT NULL,
    received_on         date         NOT NULL,
    -- the date by which the authority asked for the criticism, if it named one
    requested_by        date,
    form                varchar(20)  CHECK (form IN ('CONFERENCE', 'WRITTEN', 'COUNCIL')),
    form_note           text,
    -- what the form's step recorded: the conference, the letters sent, the council
    form_record         text,
    status              varchar(30)  NOT NULL,
    summary             text,
    recommendations     text,
    issued_at           timestamp with time zone,
    response_due_at     timestamp with time zone,
    response            varchar(20)  CHECK (response IN ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'NONE')),
    response_reference  varchar(200),
    response_text       text,
    responded_at        timestamp with time zone,
    late_state          varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    created_by          varchar(100) NOT NULL,
    created_at          timestamp with time zone NOT NULL,
    updated_at          timestamp with time zone NOT NULL,
    closed_at           timestamp with time zone,
    last_sequence       int          NOT NULL DEFAULT 0
);

CREATE INDEX criticism_unit_idx ON criticism (unit_code, year);

-- Readable criticism numbers per Front committee and year (CRITICISM-MTTQHUYEN-2026-01).
CREATE TABLE criticism_number (
    unit_code  varchar(40) NOT NULL,
    year       int         NOT NULL,
    last_value int         NOT NULL,
    PRIMARY KEY (unit_code, year)
);

-- The opinions collected: one row per organisation asked (REQUESTED until it answers) and one per
-- expert whose opinion the Front recorded.
CREATE TABLE criticism_opinion (
    opinion_id   varchar(60)  PRIMARY KEY,
    criticism_id varchar(60)  NOT NULL REFERENCES criticism (criticism_id),
    number       int          NOT NULL,
    source       varchar(20)  NOT NULL CHECK (source IN ('ORGANISATION', 'EXPERT')),
    unit_code    varchar(40)  REFERENCES unit (code),
    expert_name  varchar(200),
    content      text,
    state        varchar(20)  NOT NULL CHECK (state IN ('REQUESTED', 'GIVEN')),
    due_at       timestamp with time zone,
    late_state   varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    given_by     varchar(200),
    given_at     timestamp with time zone,
    created_at   timestamp with time zone NOT NULL,
    UNIQUE (criticism_id, number),
    CHECK (source = 'EXPERT' OR unit_code IS NOT NULL)
);

-- Every change of a criticism; rows that published an event carry that event's sequence.
CREATE TABLE criticism_history (
    id           bigserial    PRIMARY KEY,
    criticism_id varchar(60)  NOT NULL REFERENCES criticism (criticism_id),
    sequence     int,
    at           timestamp with time zone NOT NULL,
    action       varchar(40)  NOT NULL,
    opinion_id   varchar(60),
    actor        varchar(200) NOT NULL,
    note         text
);

CREATE INDEX criticism_history_idx ON criticism_history (criticism_id, id);

-- The criticism document is an official document of the Front (documents module): a fourth kind of subject.
ALTER TABLE document DROP CONSTRAINT document_subject_type_check;
ALTER TABLE document ADD CONSTRAINT document_subject_type_check
    CHECK (subject_type IN ('CASE', 'CONFERENCE', 'CAMPAIGN', 'CRITICISM'));
