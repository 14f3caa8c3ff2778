-- Personal data by the law (Decree 13/2023/ND-CP; docs/personal-data.md).

-- The petitioner's fields hold AES-GCM ciphertext from now on (v1:<key id>:<base64>), longer than
-- the text: the limits stay where they belong, in the intake's validation. V81 encrypts the rows
-- already there. An anonymised case has no name any more, hence no NOT NULL.
ALTER TABLE petition_case
    ALTER COLUMN petitioner_name TYPE text,
    ALTER COLUMN petitioner_name DROP NOT NULL,
    ALTER COLUMN petitioner_phone TYPE text,
    ALTER COLUMN petitioner_address TYPE text,
    ALTER COLUMN petitioner_email TYPE text,
    -- HMAC-SHA256 of the normalised name (privacy.NameHash): search by name without the name
    ADD COLUMN petitioner_name_hash char(64),
    -- when the retention job removed the petitioner's data (CaseRetention)
    ADD COLUMN anonymised_at timestamp with time zone;

-- lower(petitioner_name) of ciphertext finds nothing: the hash replaces it
DROP INDEX IF EXISTS petition_case_petitioner_idx;
CREATE INDEX petition_case_name_hash_idx ON petition_case (petitioner_name_hash);
CREATE INDEX petition_case_retention_idx ON petition_case (closed_at) WHERE anonymised_at IS NULL AND closed_at IS NOT NULL;

-- One row per data key that has encrypted data in this database: a known text sealed with it.
-- privacy.DataKeyCheck refuses to start with a key that opens none of them.
CREATE TABLE data_key_check (
    key_id      varchar(16) PRIMARY KEY,
    sealed      text        NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT now()
);

-- How long a closed case keeps its petitioner's personal data, per case type ('*': every type
-- without a row of its own, and cases never classified). Data, so an office changes it without a
-- release; the defaults and their basis are in docs/personal-data.md (marked for legal check).
CREATE TABLE retention_rule (
    case_type  varchar(20)  PRIMARY KEY,
    years      int          NOT NULL CHECK (years BETWEEN 1 AND 100),
    basis      varchar(500) NOT NULL
);
INSERT INTO retention_rule (case_type, years, basis) VALUES
    ('*', 5, 'Default 5 years after closing: Decree 13/2023/ND-CP art. 3 (data kept only as long as its purpose needs); '
        || 'the figure is an assumption (time for a follow-up complaint or inspection of the handling). CHECK with legal.'),
    ('DENUNCIATION', 10, 'Denunciations 10 years after closing: assumed longer so that a denunciation reopened or '
        || 'inspected later still finds the protected denouncer (Denunciation Law 2018 art. 47-48). CHECK with legal.');
