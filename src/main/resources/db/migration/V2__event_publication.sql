-- Spring Modulith's JDBC event publication registry: our transactional outbox. Each domain event
-- published inside an engine transaction is stored here with that transaction and marked
-- completed once Kafka has acknowledged it (schema from spring-modulith-events-jdbc 1.4).
CREATE TABLE event_publication (
    id               uuid                     NOT NULL PRIMARY KEY,
    listener_id      text                     NOT NULL,
    event_type       text                     NOT NULL,
    serialized_event text                     NOT NULL,
    publication_date timestamp with time zone NOT NULL,
    completion_date  timestamp with time zone
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
