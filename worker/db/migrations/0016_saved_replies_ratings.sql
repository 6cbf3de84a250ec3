-- Saved replies (issue 13 item 3): per workspace, inserted from the inbox composer. `actions` is a
-- JSON list run when the reply is sent (close, assign, tag); AUTOINCREMENT so ids are never reused.
CREATE TABLE saved_replies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  actions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actions)),
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX saved_replies_workspace ON saved_replies(workspace_id, name);

-- Conversation ratings (issue 13 item 4): one per conversation, ever, given by its contact after
-- a close. The assignees at that close are kept so reports count the rating for that admin and
-- team even after the conversation moves on. Deleting the conversation deletes its rating.
CREATE TABLE conversation_ratings (
  conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  remark TEXT,
  admin_id INTEGER,
  team_id INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX conversation_ratings_day ON conversation_ratings(workspace_id, created_at);
