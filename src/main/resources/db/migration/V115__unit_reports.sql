-- Unit reports (process unit-report, docs/reporting.md "Unit reports"): the district's
-- mass-mobilisation commission opens a reporting period; every Front and organisation unit at district
-- and commune level reports the figures of the resolution's section II.2.2 that only it knows; the
-- commission accepts each report or returns it with a reason. Instants are UTC.

CREATE TABLE unit_report_period (
    period_id     varchar(10)  PRIMARY KEY,           -- 2026-H1, 2026-H2, 2026
    year          int          NOT NULL,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('HALF_YEAR', 'YEAR')),
    -- CLOSED: the commission takes no more reports until it reopens the period
    state         varchar(10)  NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_by     varchar(100) NOT NULL,
    opened_at     timestamp with time zone NOT NULL,
    closed_by     varchar(100),
    closed_at     timestamp with time zone,
    -- every unit's report accepted: the period's process ended
    completed_at  timestamp with time zone,
    last_sequence int          NOT NULL DEFAULT 0
);

-- One report per unit and period; the figures are those of the last submission.
CREATE TABLE unit_report (
    report_id                   varchar(60)  PRIMARY KEY,   -- <period>-<unit>: 2026-H1-hiepanmttq
    period_id                   varchar(10)  NOT NULL REFERENCES unit_report_period (period_id),
    unit_code                   varchar(40)  NOT NULL REFERENCES unit (code),
    state                       varchar(20)  NOT NULL CHECK (state IN ('REQUESTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    due_at                      timestamp with time zone,
    late_state                  varchar(20)  NOT NULL DEFAULT 'ON_TIME',
    people_gathered_percent     numeric(5, 2),
    members_active_percent      numeric(5, 2),
    rated_good_or_better        boolean,
    branches_total              int,
    branches_good_or_better     int,
    officers_total              int,
    officers_trained            int,
    model_initiatives           int,
    residential_areas_total     int,
    residential_areas_typical   int,
    residential_areas_model     int,
    difficult_areas_supported   int,
    note                        text,
    submitted_by                varchar(100),
    submitted_at                timestamp with time zone,
    reviewed_by                 varchar(100),
    reviewed_at                 timestamp with time zone,
    return_reason               text,
    UNIQUE (period_id, unit_code)
);

CREATE INDEX unit_report_unit_idx ON unit_report (unit_code, state);

-- The period's history: opened, closed, reopened (with who, when and why), and each report's steps.
CREATE TABLE unit_report_history (
    id         bigserial    PRIMARY KEY,
    period_id  varchar(10)  NOT NULL REFERENCES unit_report_period (period_id),
    report_id  varchar(60),
    -- the number of the event the change published (null for a note that published none)
    sequence   int,
    action     varchar(40)  NOT NULL,
    actor      varchar(100) NOT NULL,
    at         timestamp with time zone NOT NULL,
    note       text
);

CREATE INDEX unit_report_history_period_idx ON unit_report_history (period_id, id);
