-- The people on the website: users (identified) and leads (anonymous visitors), and what they did.
CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('user', 'lead')),
  external_id TEXT,
  email TEXT,
  name TEXT,
  phone TEXT,
  signed_up_at INTEGER,
  last_seen_at INTEGER,
  web_sessions INTEGER NOT NULL DEFAULT 0,
  unsubscribed_from_emails INTEGER NOT NULL DEFAULT 0,
  custom_attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(custom_attributes)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX contacts_external_id ON contacts(workspace_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX contacts_workspace_id ON contacts(workspace_id, id);
CREATE INDEX contacts_email ON contacts(workspace_id, email);
CREATE INDEX contacts_signed_up_at ON contacts(workspace_id, signed_up_at);
CREATE INDEX contacts_last_seen_at ON contacts(workspace_id, last_seen_at);
CREATE INDEX contacts_web_sessions ON contacts(workspace_id, web_sessions);

CREATE TABLE contact_events (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata))
);
CREATE INDEX contact_events_contact ON contact_events(workspace_id, contact_id, name);
