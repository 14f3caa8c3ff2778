-- The idempotent inbox: one row per event a consumer has processed, written in the same
-- transaction as the consumer's effect. A redelivered event (same ce_id) finds its row.
CREATE TABLE inbox (
    consumer    varchar(100) NOT NULL,
    event_id    varchar(200) NOT NULL,
    event_type  varchar(200) NOT NULL,
    topic       varchar(200) NOT NULL,
    event_key   varchar(200),
    received_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_received_at_idx ON inbox (received_at);
