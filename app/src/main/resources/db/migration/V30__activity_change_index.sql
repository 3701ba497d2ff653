-- The activity list keeps an in-memory index of all activities (search as you type over 100,000
-- rows) and reads back only the rows changed since: every write sets updated_at, and this index
-- makes "what changed since" and its MAX(updated_at) check cheap.
CREATE INDEX ix_activity_updated ON activity (updated_at);
