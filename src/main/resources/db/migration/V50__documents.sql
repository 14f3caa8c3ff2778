-- Official documents (docs/documents.md): the templates of each kind with their versions, the
-- register (sổ đăng ký văn bản) holding every issued PDF, and the number counters of the register.

-- One row per version of a kind's template. The defaults shipped in the jar are version 1 (loaded
-- at start when missing); an administrator's upload adds the next version, which is used from then on.
CREATE TABLE document_template (
    kind        varchar(40)  NOT NULL,
    version     int          NOT NULL,
    source      text         NOT NULL,
    sha256      char(64)     NOT NULL,
    origin      varchar(20)  NOT NULL CHECK (origin IN ('DEFAULT', 'UPLOAD')),
    created_by  varchar(100) NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, version)
);

-- The last number given per issuing unit, year (Vietnam's calendar) and symbol (TB, QĐ, PC, ...).
-- Taken with UPDATE ... RETURNING inside the transaction that stores the document: a rolled-back
-- issue gives its number back, so numbers are gap-free and never reused, whichever node issues.
CREATE TABLE document_number (
    unit_code   varchar(40)  NOT NULL,
    year        int          NOT NULL,
    symbol      varchar(20)  NOT NULL,
    last_value  int          NOT NULL,
    PRIMARY KEY (unit_code, year, symbol)
);

-- The register. Rows are never changed: a corrected document is a new row with its own number
-- that names the one it supersedes.
CREATE TABLE document (
    document_id      uuid         PRIMARY KEY,
    kind             varchar(40)  NOT NULL,
    subject_type     varchar(20)  NOT NULL CHECK (subject_type IN ('CASE', 'CONFERENCE', 'CAMPAIGN')),
    subject_id       varchar(80)  NOT NULL,
    unit_code        varchar(40)  NOT NULL,
    year             int          NOT NULL,
    symbol           varchar(20)  NOT NULL,
    seq              int          NOT NULL,
    number           varchar(100) NOT NULL,
    title            varchar(300) NOT NULL,
    for_citizen      boolean      NOT NULL,
    names_petitioner boolean      NOT NULL,
    content          bytea        NOT NULL,
    -- the template's data as rendered (without number and date): a correction re-renders it
    data             jsonb        NOT NULL,
    sha256           char(64)     NOT NULL,
    template_version int          NOT NULL,
    issued_by        varchar(100) NOT NULL,
    issued_at        timestamp with time zone NOT NULL,
    cause_event_id   varchar(200) NOT NULL,
    sequence         int          NOT NULL,
    supersedes       uuid         REFERENCES document (document_id),
    UNIQUE (unit_code, year, symbol, seq)
);
CREATE INDEX document_subject_idx ON document (subject_type, subject_id, issued_at);

CREATE FUNCTION document_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the document register is append-only: issue a correction instead';
END;
$$;
CREATE TRIGGER document_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON document
    FOR EACH STATEMENT EXECUTE FUNCTION document_is_immutable();

-- What a unit prints in its documents' header, number and signature, where the default drawn from
-- the unit table (docs/documents.md) is not right: an administrator adds or edits a row.
CREATE TABLE document_issuer (
    unit_code         varchar(40)  PRIMARY KEY,
    parent_name       varchar(200),
    name              varchar(200),
    abbreviation      varchar(30),
    place             varchar(100),
    signer_authority  varchar(200),
    signer_title      varchar(200),
    signer_name       varchar(200)
);

-- The CloudEvent that recorded each step of a case: documents derive their ids from it, so the
-- receipt's address is known before the receipt is rendered.
ALTER TABLE case_timeline ADD COLUMN event_id varchar(200);

-- The district bodies of the default organisation data, as their documents print them (names and
-- abbreviations from practice: "check"). Units without a row print what their unit row gives.
INSERT INTO document_issuer (unit_code, parent_name, name, abbreviation, place, signer_authority, signer_title) VALUES
    ('huyen',     'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG', 'BAN TIẾP CÔNG DÂN', 'BTCD', 'Đức Trọng', NULL, 'TRƯỞNG BAN'),
    ('mttqhuyen', NULL, E'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN ĐỨC TRỌNG', 'MTTQ', 'Đức Trọng',
                  'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'),
    ('huyenuy',   'ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'HUYỆN ỦY ĐỨC TRỌNG', 'HU', 'Đức Trọng', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ'),
    ('bandanvan', 'HUYỆN ỦY ĐỨC TRỌNG', 'BAN DÂN VẬN', 'BDVHU', 'Đức Trọng', NULL, 'TRƯỞNG BAN');
