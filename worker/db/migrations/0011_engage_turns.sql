-- Manual messages are sent by the engage runner's pages, not inside the request that creates them
-- (beyond a first page): where the walk over the audience stands, and when it finished. Scheduled
-- runs take workspaces in turn, the one served longest ago first.
ALTER TABLE manual_messages ADD COLUMN send_cursor TEXT;
ALTER TABLE manual_messages ADD COLUMN finished_at INTEGER;
UPDATE manual_messages SET finished_at = created_at;
CREATE INDEX manual_messages_unfinished ON manual_messages(workspace_id, id) WHERE finished_at IS NULL;
ALTER TABLE workspaces ADD COLUMN engage_served_at INTEGER;
