-- Tags on contacts and conversations (Intercom's). AUTOINCREMENT: a deleted tag's id is never
-- given to another tag, so an API client holding an old id cannot tag with the wrong one.
CREATE TABLE tags (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX tags_workspace_name ON tags(workspace_id, name);

-- The primary keys serve "this contact's tags" (rule EXISTS subqueries); the second indexes serve
-- "everything with this tag" (the inbox filter, the tags screen's counts).
CREATE TABLE contact_tags (
  workspace_id INTEGER NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (contact_id, tag_id)
);
CREATE INDEX contact_tags_tag ON contact_tags(tag_id, contact_id);

CREATE TABLE conversation_tags (
  workspace_id INTEGER NOT NULL,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  admin_id INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, tag_id)
);
CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id, conversation_id);
