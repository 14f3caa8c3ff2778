-- Written answers after a dialogue conference (Quy định 218-QĐ/TW): a question not answered on the
-- spot is answered in writing by the unit the conference chose for it, by a deadline of the rule
-- table (stage DIALOGUE_WRITTEN_ANSWER). One row per such question, tracked by its own
-- dialogue-written-answer process.

ALTER TABLE dialogue_question DROP CONSTRAINT dialogue_question_state_check;
ALTER TABLE dialogue_question ADD CONSTRAINT dialogue_question_state_check
    CHECK (state IN ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'ANSWER_PENDING', 'ANSWERED_IN_WRITING'));

CREATE TABLE dialogue_written_answer (
    question_id         varchar(70)  PRIMARY KEY REFERENCES dialogue_question (question_id),
    conference_id       varchar(60)  NOT NULL REFERENCES dialogue_conference (conference_id),
    -- the unit that answers: a row of the unit table, chosen on the conference's form
    unit_code           varchar(40)  NOT NULL REFERENCES unit (code),
    -- set when the unit's task appears (the rule table and the working-day calendar)
    due_at              timestamp with time zone,
    state               varchar(20)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ANSWERED')),
    late_state          varchar(20)  NOT NULL DEFAULT 'ON_TIME' CHECK (late_state IN ('ON_TIME', 'LATE', 'VERY_LATE')),
    content             text,
    document_number     varchar(100),
    document_date       date,
    -- who signed the answer (an official and their office, not the officer who recorded it)
    answered_by         varchar(200),
    recorded_by         varchar(100),
    answered_at         timestamp with time zone,
    process_instance_id varchar(64),
    requested_by        varchar(100) NOT NULL,
    requested_at        timestamp with time zone NOT NULL
);
CREATE INDEX dialogue_written_answer_conference_idx ON dialogue_written_answer (conference_id, state);
CREATE INDEX dialogue_written_answer_unit_idx ON dialogue_written_answer (unit_code, state);

-- A message to a citizen about a written answer names the answering document; the case's own
-- messages have no detail.
ALTER TABLE notification ADD COLUMN detail text;
