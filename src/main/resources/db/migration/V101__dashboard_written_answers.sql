-- The dashboard's read model of written answers after dialogue conferences (projected from
-- danvan.dialogues): how many questions went to a unit to answer in writing, how many were answered,
-- late, or are overdue.
CREATE TABLE dash_written_answer (
    question_id    varchar(80) PRIMARY KEY,
    conference_id  varchar(80) NOT NULL,
    answer_unit    varchar(40),
    due_at         timestamp with time zone,
    state          varchar(30) NOT NULL,  -- REQUESTED, OVERDUE, ANSWERED
    late           boolean     NOT NULL DEFAULT false,
    last_sequence  bigint      NOT NULL
);
