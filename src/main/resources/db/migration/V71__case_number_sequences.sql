-- Issue 19: a case number is taken inside the intake's own transaction, from a sequence per unit
-- and year (case_no_<unit>_<year>), instead of a counter row updated in a transaction of its own.
-- A sequence takes no lock: intakes of one commune no longer queue behind each other, and nothing
-- commits twice. As before, numbers are never reused and a rolled-back intake leaves a gap; a crash
-- may leave a larger one (PostgreSQL logs a sequence 32 values ahead).
ALTER TABLE case_number RENAME TO case_number_legacy;

CREATE FUNCTION case_number_next(p_unit varchar, p_year int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    sequence_name text := format('case_no_%s_%s', p_unit, p_year);
BEGIN
    IF p_unit !~ '^[a-z0-9]+$' THEN
        RAISE EXCEPTION 'invalid unit code %', p_unit;
    END IF;
    IF to_regclass(sequence_name) IS NULL THEN
        BEGIN
            -- a register kept before this migration goes on from its last number
            EXECUTE format('CREATE SEQUENCE %I START WITH %s', sequence_name, coalesce((SELECT last_value
                FROM case_number_legacy WHERE unit_code = p_unit AND year = p_year), 0) + 1);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- another intake of the same unit created it at the same moment
        END;
    END IF;
    RETURN nextval(sequence_name);
END
$$;

-- The registers as before, for reading: last number given per unit and year.
CREATE VIEW case_number AS
SELECT substring(s.sequencename FROM '^case_no_([a-z0-9]+)_[0-9]+$') AS unit_code,
       substring(s.sequencename FROM '_([0-9]+)$')::int AS year,
       coalesce(s.last_value, s.start_value - 1)::int AS last_value
FROM pg_sequences s
WHERE s.schemaname = current_schema() AND s.sequencename ~ '^case_no_[a-z0-9]+_[0-9]+$'
UNION ALL
SELECT l.unit_code, l.year, l.last_value FROM case_number_legacy l
WHERE to_regclass(format('case_no_%s_%s', l.unit_code, l.year)) IS NULL;
