-- A citizen's request to see or correct their personal data (Decree 13/2023/ND-CP art. 9, 14;
-- docs/personal-data.md): filed with the case's tracking code, answered by an officer of the unit
-- that handles the case in a task of process data-subject-request. The citizen's words and the
-- officer's answer can hold personal data: both are stored encrypted (v1:<key id>:...).
CREATE TABLE data_subject_request (
    request_id   uuid         PRIMARY KEY,
    case_id      varchar(60)  NOT NULL REFERENCES petition_case (case_id),
    kind         varchar(20)  NOT NULL CHECK (kind IN ('ACCESS', 'CORRECTION')),
    details      text,
    received_at  timestamp with time zone NOT NULL,
    due_at       timestamp with time zone NOT NULL,
    state        varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ANSWERED')),
    outcome      varchar(20)  CHECK (outcome IN ('PROVIDED', 'CORRECTED', 'REFUSED')),
    answer       text,
    answered_by  varchar(100),
    answered_at  timestamp with time zone
);
CREATE INDEX data_subject_request_case_idx ON data_subject_request (case_id, received_at);
