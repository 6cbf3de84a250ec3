-- Where a campaign's walk over its contacts stopped when a run's time ran out: the next run
-- continues there, so contacts at the end of a large campaign are reached too.
ALTER TABLE campaigns ADD COLUMN run_cursor TEXT;
