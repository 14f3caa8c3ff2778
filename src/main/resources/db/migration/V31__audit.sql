-- Who viewed or changed which case, and when. Append-only: the application only inserts, and the
-- database refuses any update or delete, so the trail cannot be edited after the fact.
CREATE TABLE audit_log (
    id        bigserial    PRIMARY KEY,
    at        timestamp with time zone NOT NULL DEFAULT now(),
    user_id   varchar(100) NOT NULL,
    action    varchar(40)  NOT NULL,
    case_id   varchar(60),
    detail    varchar(500),
    client_ip varchar(64)
);
CREATE INDEX audit_log_case_idx ON audit_log (case_id, at);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
