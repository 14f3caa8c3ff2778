-- When a level took the case on (thụ lý): the resolution period counts from it.
ALTER TABLE petition_case ADD COLUMN accepted_at timestamp with time zone;
