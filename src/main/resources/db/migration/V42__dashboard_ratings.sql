-- Citizens' ratings of closed cases, from the case events (vn.danvan.case.rated): the dashboard's
-- and the public statistics' satisfaction per unit.
CREATE TABLE dash_rating (
    case_id      varchar(60) PRIMARY KEY,
    origin_unit  varchar(40) NOT NULL,
    stars        smallint    NOT NULL,
    rated_at     timestamp with time zone NOT NULL
);
CREATE INDEX dash_rating_unit_idx ON dash_rating (origin_unit, rated_at);
