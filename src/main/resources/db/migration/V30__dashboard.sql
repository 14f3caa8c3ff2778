-- The dashboard's read model, projected from the Kafka events (never from Camunda's tables).
-- Every row is derived from the set of events seen, so replaying the topics rebuilds the same state.

CREATE TABLE dash_case (
    case_id          varchar(60) PRIMARY KEY,
    tracking_code    varchar(20),
    origin_unit      varchar(40) NOT NULL,
    current_level    varchar(20) NOT NULL,
    current_unit     varchar(40) NOT NULL,
    status           varchar(30) NOT NULL,
    state            varchar(20) NOT NULL,   -- OPEN, DUE_SOON, LATE, VERY_LATE, CLOSED
    case_type        varchar(20) NOT NULL,   -- UNCLASSIFIED until classified
    subject_area     varchar(40),
    channel          varchar(20),
    outcome          varchar(40),
    received_at      timestamp with time zone NOT NULL,
    received_month   date        NOT NULL,
    due_at           timestamp with time zone,
    classified_at    timestamp with time zone,
    accepted_at      timestamp with time zone,
    resolved_at      timestamp with time zone,
    closed_at        timestamp with time zone,
    escalations      int         NOT NULL DEFAULT 0,
    last_sequence    bigint      NOT NULL,
    updated_at       timestamp with time zone NOT NULL
);
CREATE INDEX dash_case_unit_received_idx ON dash_case (origin_unit, received_at DESC);
CREATE INDEX dash_case_received_idx ON dash_case (received_at DESC);
CREATE INDEX dash_case_state_due_idx ON dash_case (state, due_at);
CREATE INDEX dash_case_current_unit_idx ON dash_case (current_unit, state);

CREATE TABLE dash_case_event (
    case_id    varchar(60)  NOT NULL,
    sequence   bigint       NOT NULL,
    change     varchar(30)  NOT NULL,
    at         timestamp with time zone NOT NULL,
    level      varchar(20),
    unit       varchar(40),
    status     varchar(30),
    late_state varchar(20),
    actor      varchar(100),
    event_id   varchar(200) NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

-- One row per (unit, level, type, month of receipt, state): what each case contributes, kept in step
-- with dash_case in the same transaction, so the summary reads a few thousand rows, not a million.
CREATE TABLE dash_case_bucket (
    origin_unit     varchar(40) NOT NULL,
    current_level   varchar(20) NOT NULL,
    case_type       varchar(20) NOT NULL,
    received_month  date        NOT NULL,
    state           varchar(20) NOT NULL,
    cases           bigint      NOT NULL DEFAULT 0,
    escalated_cases bigint      NOT NULL DEFAULT 0,
    escalations     bigint      NOT NULL DEFAULT 0,
    closed_on_time  bigint      NOT NULL DEFAULT 0,
    classify_n      bigint      NOT NULL DEFAULT 0,
    classify_s      double precision NOT NULL DEFAULT 0,
    accept_n        bigint      NOT NULL DEFAULT 0,
    accept_s        double precision NOT NULL DEFAULT 0,
    resolve_n       bigint      NOT NULL DEFAULT 0,
    resolve_s       double precision NOT NULL DEFAULT 0,
    answer_n        bigint      NOT NULL DEFAULT 0,
    answer_s        double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (origin_unit, current_level, case_type, received_month, state)
);

CREATE TABLE dash_closed_bucket (
    origin_unit    varchar(40) NOT NULL,
    case_type      varchar(20) NOT NULL,
    closed_month   date        NOT NULL,
    closed         bigint      NOT NULL DEFAULT 0,
    on_time        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (origin_unit, case_type, closed_month)
);

CREATE TABLE dash_dialogue (
    conference_id  varchar(80) PRIMARY KEY,
    unit           varchar(40) NOT NULL,
    level          varchar(20),
    status         varchar(30) NOT NULL,
    title          varchar(500),
    planned_date   date,
    held_at        timestamp with time zone,
    year           int,
    last_sequence  bigint      NOT NULL
);

CREATE TABLE dash_commitment (
    commitment_id  varchar(80) PRIMARY KEY,
    conference_id  varchar(80) NOT NULL,
    owner_unit     varchar(40),
    due_at         timestamp with time zone,
    state          varchar(30) NOT NULL,  -- MADE, FULFILLED, UNFULFILLED, OVERDUE
    last_sequence  bigint      NOT NULL
);

CREATE TABLE dash_supervision (
    campaign_id    varchar(80) PRIMARY KEY,
    unit           varchar(40) NOT NULL,
    year           int,
    quarter        int,
    status         varchar(30) NOT NULL,
    subject        varchar(500),
    last_sequence  bigint      NOT NULL
);

CREATE TABLE dash_recommendation (
    recommendation_id varchar(80) PRIMARY KEY,
    campaign_id    varchar(80) NOT NULL,
    due_at         timestamp with time zone,
    state          varchar(30) NOT NULL,  -- MADE, ANSWERED, OVERDUE, JUDGED
    response       varchar(30),
    judgement      varchar(30),
    last_sequence  bigint      NOT NULL
);

CREATE INDEX dash_case_unit_state_received_idx ON dash_case (origin_unit, state, received_at DESC);
CREATE INDEX dash_case_state_received_idx ON dash_case (state, received_at DESC);
