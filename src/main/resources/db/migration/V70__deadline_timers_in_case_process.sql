-- Issue 19: a timed step's reminder, escalation and very-late timers are boundary timers on its task
-- in the case's own process, not a separate deadline-watch process. A step's row names that task's
-- process instance, execution (whose timer jobs move when the calendar changes) and activity (whose
-- boundary timers' paths find their step by it). Rows of legacy watches keep watch_instance_id.
ALTER TABLE deadline ADD COLUMN process_instance_id varchar(64);
ALTER TABLE deadline ADD COLUMN execution_id varchar(64);
ALTER TABLE deadline ADD COLUMN activity_id varchar(255);
CREATE INDEX deadline_open_step_idx ON deadline (process_instance_id, activity_id) WHERE state = 'OPEN';
