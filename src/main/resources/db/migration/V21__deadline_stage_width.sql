-- The rule table's stage RECOMMENDATION_ANSWER has 21 characters; V5 made the stage columns 20 wide,
-- so no recommendation could be watched. Widened here (the supervision module's migration range)
-- rather than by editing V5, which has already run on existing databases.
ALTER TABLE deadline ALTER COLUMN stage TYPE varchar(40);
ALTER TABLE deadline_extension ALTER COLUMN stage TYPE varchar(40);
