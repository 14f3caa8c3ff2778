-- The register stays append-only, with one exception: a line's rendering data (which names the
-- petitioner) may be replaced by its encrypted form {"sealed": "v1:..."} (V83 for the lines
-- issued before encryption, and re-encryption after a key rotation). Every other column, and the
-- PDF, can still never change, and no line can be deleted.
DROP TRIGGER document_append_only ON document;

CREATE TRIGGER document_no_delete BEFORE DELETE OR TRUNCATE ON document
    FOR EACH STATEMENT EXECUTE FUNCTION document_is_immutable();

CREATE FUNCTION document_only_data_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(NEW) - 'data') IS DISTINCT FROM (to_jsonb(OLD) - 'data')
            OR NOT (NEW.data ? 'sealed') OR jsonb_typeof(NEW.data -> 'sealed') <> 'string' THEN
        RAISE EXCEPTION 'the document register is append-only: issue a correction instead';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER document_only_data_sealed BEFORE UPDATE ON document
    FOR EACH ROW EXECUTE FUNCTION document_only_data_sealed();
