-- The dashboard's read model of reception days, projected from danvan.receptions: one row per day,
-- taking its facts from the day's highest-sequence event (idempotent, order-proof).
CREATE TABLE dash_reception_day (
    day_id          varchar(80)  PRIMARY KEY,
    unit            varchar(40)  NOT NULL,
    leader_role     varchar(40)  NOT NULL,
    reception_date  date         NOT NULL,
    status          varchar(20)  NOT NULL,
    citizens        int          NOT NULL DEFAULT 0,
    petitions       int          NOT NULL DEFAULT 0,
    last_sequence   bigint       NOT NULL
);
CREATE INDEX dash_reception_day_unit_idx ON dash_reception_day (unit, reception_date);
