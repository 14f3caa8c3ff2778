-- What a watched step is about (the case's subject), for the follow-up tasks of a late step; kept
-- here rather than in every watch process's variables.
ALTER TABLE deadline ADD COLUMN label varchar(500);
