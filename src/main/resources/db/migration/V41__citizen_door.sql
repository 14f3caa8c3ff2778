-- The citizen's own door: contact by e-mail, consent and the legal basis of the petitioner's data,
-- attachments, a rating after closing, the disagreement that opens a second instance, messages
-- sent to the citizen, and the API keys of Open311 clients.

ALTER TABLE petition_case
    ADD COLUMN petitioner_email varchar(200),
    -- the citizen agreed that danvan processes their contact details to tell them about the case
    ADD COLUMN contact_consent  boolean NOT NULL DEFAULT false,
    ADD COLUMN consent_at       timestamp with time zone,
    -- why danvan holds the petitioner's data (Decree 13/2023/ND-CP): CONSENT (the portal) or
    -- LEGAL_DUTY (a petition filed with an office, which the law obliges it to handle)
    ADD COLUMN legal_basis      varchar(20) NOT NULL DEFAULT 'LEGAL_DUTY' CHECK (legal_basis IN ('CONSENT', 'LEGAL_DUTY')),
    ADD COLUMN rating           smallint CHECK (rating BETWEEN 1 AND 5),
    ADD COLUMN disputed_at      timestamp with time zone;

-- Files a citizen attached online or an officer scanned, stored with the case in its transaction:
-- a crash between upload and commit leaves neither a file nor a case behind.
CREATE TABLE case_attachment (
    attachment_id  uuid         PRIMARY KEY,
    case_id        varchar(60)  NOT NULL REFERENCES petition_case (case_id),
    file_name      varchar(200) NOT NULL,
    media_type     varchar(100) NOT NULL,
    size_bytes     int          NOT NULL,
    sha256         char(64)     NOT NULL,
    content        bytea        NOT NULL,
    source         varchar(20)  NOT NULL CHECK (source IN ('CITIZEN', 'OFFICER')),
    added_by       varchar(100) NOT NULL,
    added_at       timestamp with time zone NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id, added_at);

-- The citizen's rating of a closed case: one per case.
CREATE TABLE case_rating (
    case_id   varchar(60)  PRIMARY KEY REFERENCES petition_case (case_id),
    stars     smallint     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment   text,
    rated_at  timestamp with time zone NOT NULL
);

-- Messages to the citizen: one per event and channel (the key makes a redelivered event send
-- nothing twice), sent with retries and back-off, dead (with the reason) after the last attempt.
CREATE TABLE notification (
    notification_id  uuid         PRIMARY KEY,
    event_id         varchar(200) NOT NULL,
    channel          varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'ZALO')),
    case_id          varchar(60)  NOT NULL REFERENCES petition_case (case_id),
    change           varchar(40)  NOT NULL,
    state            varchar(10)  NOT NULL CHECK (state IN ('PENDING', 'SENT', 'DEAD')),
    attempts         int          NOT NULL DEFAULT 0,
    next_attempt_at  timestamp with time zone NOT NULL,
    last_error       text,
    created_at       timestamp with time zone NOT NULL,
    sent_at          timestamp with time zone,
    UNIQUE (event_id, channel)
);
CREATE INDEX notification_due_idx ON notification (state, next_attempt_at);

-- Outside systems that file and follow cases through Open311 GeoReport v2: each key belongs to a
-- service account (a Camunda user of group intakeservice); only its SHA-256 is kept.
CREATE TABLE open311_client (
    key_sha256  char(64)     PRIMARY KEY,
    user_id     varchar(100) NOT NULL,
    name        varchar(200) NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT now()
);
