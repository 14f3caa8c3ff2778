-- Run once on a database restored from a backup, before danvan starts on it: the jar's restore
-- command does (java -jar danvan.jar restore), and scripts/restore.sh for compose.
--
-- Events that Kafka acknowledged shortly before the backup may not yet have reached every consumer
-- when the backup was taken: their effects are not in the restored database, and a broker that
-- lived on has already moved its consumers past them (a new broker has not got them at all). The
-- outbox keeps acknowledged events for a day (danvan.outbox.keep-completed); they are all sent
-- again at the next start. Every consumer deduplicates by event id (the inbox) and the dashboard's
-- projection is idempotent, so an event that had been consumed before the backup changes nothing.
UPDATE event_publication SET completion_date = NULL WHERE completion_date IS NOT NULL;
