-- Engage: auto messages, manual messages and what was delivered to whom.

CREATE TABLE auto_messages (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('in_app', 'email')),
  subject TEXT,
  body TEXT NOT NULL,
  from_admin_id INTEGER NOT NULL,
  rules TEXT NOT NULL CHECK (json_valid(rules)),
  state TEXT NOT NULL CHECK (state IN ('live', 'paused', 'draft')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX auto_messages_state ON auto_messages(state, workspace_id);

CREATE TABLE manual_messages (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('in_app', 'email')),
  subject TEXT,
  body TEXT NOT NULL,
  from_admin_id INTEGER NOT NULL,
  audience TEXT NOT NULL CHECK (json_valid(audience)),
  created_at INTEGER NOT NULL
);

-- One row per message per contact, claimed before anything is sent: the partial unique indexes
-- make "at most once" a property of the table rather than of the code that writes it.
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('in_app', 'email')),
  sent_at INTEGER NOT NULL,
  auto_message_id INTEGER,
  campaign_id INTEGER,
  campaign_message_index INTEGER,
  manual_message_id INTEGER,
  conversation_id INTEGER
);
CREATE UNIQUE INDEX deliveries_auto ON deliveries(auto_message_id, contact_id) WHERE auto_message_id IS NOT NULL;
CREATE UNIQUE INDEX deliveries_campaign ON deliveries(campaign_id, campaign_message_index, contact_id) WHERE campaign_id IS NOT NULL;
CREATE UNIQUE INDEX deliveries_manual ON deliveries(manual_message_id, contact_id) WHERE manual_message_id IS NOT NULL;
CREATE INDEX deliveries_contact ON deliveries(workspace_id, contact_id, id);
CREATE INDEX deliveries_workspace ON deliveries(workspace_id, id);

-- Every email handed to the Mailer, so the admin app can show an Outbox (locally the send_email
-- binding only writes files the Worker cannot read).
CREATE TABLE email_outbox (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  delivery_id INTEGER,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  html TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX email_outbox_workspace ON email_outbox(workspace_id, id);
