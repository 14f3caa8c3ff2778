-- Leaders' citizen-reception days (Citizen Reception Law 2013, art. 12-15; Quy định 11-QĐi/TW):
-- a schedule per leader and unit, one reception day per schedule and scheduled date (generated ahead
-- by citizen-reception-generator), the citizens received on it, and the petitions taken there.

CREATE TABLE reception_schedule (
    schedule_id     bigserial    PRIMARY KEY,
    unit_code       varchar(40)  NOT NULL REFERENCES unit (code),
    leader_user_id  varchar(64)  NOT NULL,
    leader_title    varchar(200) NOT NULL,
    leader_role     varchar(40)  NOT NULL,          -- LeaderRole: COMMUNE_CHAIR, COMMUNE_PARTY_SECRETARY, ...
    recurrence      varchar(10)  NOT NULL CHECK (recurrence IN ('WEEKLY', 'MONTHLY')),
    weekday         smallint     CHECK (weekday BETWEEN 1 AND 7),         -- ISO: 1 Monday .. 7 Sunday (WEEKLY)
    month_days      varchar(100),                   -- "10,25" (MONTHLY)
    place           varchar(300) NOT NULL,
    valid_from      date         NOT NULL,
    valid_until     date,
    active          boolean      NOT NULL DEFAULT true,
    version         int          NOT NULL DEFAULT 1,
    created_by      varchar(64)  NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    updated_by      varchar(64),
    updated_at      timestamp with time zone,
    CHECK (recurrence <> 'WEEKLY' OR weekday IS NOT NULL),
    CHECK (recurrence <> 'MONTHLY' OR month_days IS NOT NULL)
);
CREATE INDEX reception_schedule_unit_idx ON reception_schedule (unit_code);

-- The unique (schedule, scheduled date) is what makes the generator idempotent: the day row and its
-- process instance are written in one transaction, and a second run (another node, a restart after
-- a crash) finds the row and starts nothing.
CREATE TABLE reception_day (
    day_id              varchar(80)  PRIMARY KEY,
    schedule_id         bigint       NOT NULL REFERENCES reception_schedule (schedule_id),
    scheduled_date      date         NOT NULL,      -- the date the recurrence names
    reception_date      date         NOT NULL,      -- the same, or the next working day when that is a day off
    unit_code           varchar(40)  NOT NULL,
    leader_user_id      varchar(64)  NOT NULL,
    leader_title        varchar(200) NOT NULL,
    leader_role         varchar(40)  NOT NULL,
    place               varchar(300) NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'NOT_HELD', 'RECORDED')),
    not_held_reason     varchar(2000),
    received_by         varchar(300),
    start_time          time,
    end_time            time,
    citizens            int          NOT NULL DEFAULT 0,
    petitions           int          NOT NULL DEFAULT 0,
    recorded_by         varchar(64),
    recorded_at         timestamp with time zone,
    process_instance_id varchar(64),
    last_sequence       int          NOT NULL DEFAULT 0,
    created_at          timestamp with time zone NOT NULL,
    UNIQUE (schedule_id, scheduled_date)
);
CREATE INDEX reception_day_unit_date_idx ON reception_day (unit_code, reception_date);

-- Each citizen received: the name only as ciphertext (privacy.FieldCipher), what they raised, and
-- the outcome; a petition taken there is the case it became (the link both ways: the case's
-- timeline names the day).
CREATE TABLE reception_citizen (
    day_id        varchar(80)  NOT NULL REFERENCES reception_day (day_id),
    line          int          NOT NULL,
    citizen_name  varchar(1000) NOT NULL,
    content       varchar(20000) NOT NULL,
    outcome       varchar(20)  NOT NULL CHECK (outcome IN ('ANSWERED', 'PETITION_TAKEN', 'GUIDED')),
    answer        varchar(20000),
    guided_to     varchar(300),
    case_id       varchar(60),
    recorded_by   varchar(64)  NOT NULL,
    recorded_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (day_id, line)
);
CREATE UNIQUE INDEX reception_citizen_case_idx ON reception_citizen (case_id) WHERE case_id IS NOT NULL;
