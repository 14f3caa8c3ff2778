-- Second-instance complaints (khiếu nại lần hai, Complaints Law 2011 art. 33-41; docs/second-instance.md).
-- One row per first-instance case whose complainant asked for a second instance: the link both ways
-- between the first case and the second-instance case (its own petition_case row, its own timeline),
-- or, where the body above the first-instance resolver is outside danvan, the referral.
CREATE TABLE second_instance (
    first_case_id        varchar(60)  PRIMARY KEY REFERENCES petition_case (case_id),
    -- null when the second instance lies outside danvan (referred_to says where)
    second_case_id       varchar(60)  UNIQUE REFERENCES petition_case (case_id),
    trigger              varchar(20)  NOT NULL CHECK (trigger IN ('DISAGREEMENT', 'NO_DECISION')),
    door                 varchar(20)  NOT NULL CHECK (door IN ('TASKLIST', 'REST', 'PORTAL')),
    reason               text         NOT NULL,
    requested_at         timestamp with time zone NOT NULL,
    requested_by         varchar(100) NOT NULL,
    -- the unit that resolved (or should have resolved) the first instance, and the one above it
    first_resolver_unit  varchar(40)  NOT NULL,
    resolver_unit        varchar(40),
    referred_to          text,
    -- the legal window (art. 33) the request was made in
    window_anchor_at     timestamp with time zone NOT NULL,
    window_ends_at       timestamp with time zone NOT NULL,
    -- the mandatory dialogue (art. 39)
    dialogue_date        date,
    dialogue_participants text,
    dialogue_content     text,
    dialogue_agreement   text,
    dialogue_recorded_by varchar(100),
    CHECK ((second_case_id IS NULL) = (resolver_unit IS NULL)),
    CHECK (second_case_id IS NOT NULL OR referred_to IS NOT NULL)
);
CREATE INDEX second_instance_second_idx ON second_instance (second_case_id);
