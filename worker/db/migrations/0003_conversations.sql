-- Conversations: the ordered log lives in each conversation's Durable Object; D1 keeps the list
-- fields (written through by the DO) so that inboxes and the REST API can list and search.
ALTER TABLE workspaces ADD COLUMN visitor_token_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN last_page_url TEXT;

CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'snoozed')),
  snoozed_until INTEGER,
  admin_assignee_id INTEGER,
  team_assignee_id INTEGER,
  source_author_type TEXT NOT NULL CHECK (source_author_type IN ('user', 'admin')),
  source_author_id TEXT NOT NULL,
  source_body TEXT NOT NULL,
  page_url TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  waiting_since INTEGER,
  first_admin_reply_at INTEGER,
  closed_at INTEGER,
  last_seq INTEGER NOT NULL DEFAULT 0,
  last_part_at INTEGER NOT NULL,
  last_part_author_type TEXT NOT NULL,
  last_part_preview TEXT NOT NULL DEFAULT '',
  parts_count INTEGER NOT NULL DEFAULT 0,
  unread_by_user INTEGER NOT NULL DEFAULT 0,
  unread_by_admin INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_contact ON conversations(workspace_id, contact_id, last_part_at);
CREATE INDEX conversations_list ON conversations(workspace_id, state, last_part_at);
CREATE INDEX conversations_admin ON conversations(workspace_id, admin_assignee_id, state);
CREATE INDEX conversations_team ON conversations(workspace_id, team_assignee_id, state);

-- A retried "start a conversation" carries the same client id and must not start a second one.
ALTER TABLE conversations ADD COLUMN source_client_id TEXT;
CREATE UNIQUE INDEX conversations_source_client ON conversations(workspace_id, contact_id, source_client_id) WHERE source_client_id IS NOT NULL;
