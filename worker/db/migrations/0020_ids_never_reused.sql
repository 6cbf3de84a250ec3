-- Ids are never reused (CONTRACT §8), and engage deliveries go through a queue.
--
-- Part 1. An `INTEGER PRIMARY KEY` without AUTOINCREMENT hands a deleted row's id (the largest) to
-- the next row: a new auto message then inherited the old one's deliveries (no foreign key) and
-- its unique index kept it from ever reaching those contacts. Every table whose rows can be
-- deleted and whose id is visible or referenced is rebuilt with AUTOINCREMENT: admins, teams,
-- routing_rules, conversations (deleted with their contact), auto_messages, campaigns,
-- campaign_messages. Never deleted, so left alone: workspaces, api_tokens (revoked, kept),
-- manual_messages, deliveries, email_outbox, password_resets. Ids that nothing shows or references:
-- contact_events, login_failures. Tables created with AUTOINCREMENT already: tags, saved_replies,
-- contact_notes and later ones.
--
-- D1 applies migrations with foreign keys on, and `PRAGMA foreign_keys = off` is ignored inside
-- its transaction: DROP TABLE's implicit DELETE would cascade into the child tables (and a
-- RENAME of the old table would repoint the children at it). So each rebuild copies its children
-- aside, drops and replaces the parent, and puts the children back; defer_foreign_keys lets the
-- children wait for their parent until the commit. Each new table's sequence starts past its
-- largest id and every id still referenced elsewhere, so even an id deleted before this migration
-- is not handed out again.
PRAGMA defer_foreign_keys = on;

-- admins ← team_members, api_tokens, admin_sessions, admin_invites
CREATE TABLE keep_team_members AS SELECT * FROM team_members;
CREATE TABLE keep_api_tokens AS SELECT * FROM api_tokens;
CREATE TABLE keep_admin_sessions AS SELECT * FROM admin_sessions;
CREATE TABLE keep_admin_invites AS SELECT * FROM admin_invites;
CREATE TABLE admins_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  password_hash TEXT,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin')),
  away INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  disabled_at INTEGER,
  UNIQUE (workspace_id, email)
);
INSERT INTO admins_new SELECT * FROM admins;
DROP TABLE admins;
ALTER TABLE admins_new RENAME TO admins;
CREATE INDEX admins_email ON admins(email);
INSERT INTO api_tokens SELECT * FROM keep_api_tokens;
INSERT INTO admin_sessions SELECT * FROM keep_admin_sessions;
INSERT INTO admin_invites SELECT * FROM keep_admin_invites;
DROP TABLE keep_api_tokens;
DROP TABLE keep_admin_sessions;
DROP TABLE keep_admin_invites;

-- teams ← team_members, routing_rules (rebuilt itself, so copied aside as it is)
CREATE TABLE keep_routing_rules AS SELECT * FROM routing_rules;
CREATE TABLE teams_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (workspace_id, name)
);
INSERT INTO teams_new SELECT * FROM teams;
DROP TABLE teams;
ALTER TABLE teams_new RENAME TO teams;
INSERT INTO team_members SELECT * FROM keep_team_members;
DROP TABLE keep_team_members;

-- routing_rules (its rows were cascaded away with the old teams table: none is left to drop)
DROP TABLE routing_rules;
CREATE TABLE routing_rules (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  conditions TEXT NOT NULL CHECK (json_valid(conditions)),
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  assign_to_admin INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
INSERT INTO routing_rules SELECT * FROM keep_routing_rules;
DROP TABLE keep_routing_rules;
CREATE INDEX routing_rules_workspace ON routing_rules(workspace_id, position);

-- conversations ← conversation_tags, conversation_ratings
CREATE TABLE keep_conversation_tags AS SELECT * FROM conversation_tags;
CREATE TABLE keep_conversation_ratings AS SELECT * FROM conversation_ratings;
CREATE TABLE conversations_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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
  unread_by_admin INTEGER NOT NULL DEFAULT 0,
  source_client_id TEXT,
  contact_replied_at INTEGER
);
INSERT INTO conversations_new SELECT * FROM conversations;
DROP TABLE conversations;
ALTER TABLE conversations_new RENAME TO conversations;
CREATE INDEX conversations_contact ON conversations(workspace_id, contact_id, last_part_at);
CREATE INDEX conversations_list ON conversations(workspace_id, state, last_part_at);
CREATE INDEX conversations_admin ON conversations(workspace_id, admin_assignee_id, state);
CREATE INDEX conversations_team ON conversations(workspace_id, team_assignee_id, state);
CREATE UNIQUE INDEX conversations_source_client ON conversations(workspace_id, contact_id, source_client_id) WHERE source_client_id IS NOT NULL;
INSERT INTO conversation_tags SELECT * FROM keep_conversation_tags;
INSERT INTO conversation_ratings SELECT * FROM keep_conversation_ratings;
DROP TABLE keep_conversation_tags;
DROP TABLE keep_conversation_ratings;

-- auto_messages (no children)
CREATE TABLE auto_messages_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO auto_messages_new SELECT * FROM auto_messages;
DROP TABLE auto_messages;
ALTER TABLE auto_messages_new RENAME TO auto_messages;
CREATE INDEX auto_messages_state ON auto_messages(state, workspace_id);

-- campaigns ← campaign_messages (rebuilt itself), campaign_enrolments
CREATE TABLE keep_campaign_messages AS SELECT * FROM campaign_messages;
CREATE TABLE keep_campaign_enrolments AS SELECT * FROM campaign_enrolments;
CREATE TABLE campaigns_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  target TEXT NOT NULL CHECK (json_valid(target)),
  goal TEXT NOT NULL CHECK (json_valid(goal)),
  exit_rules TEXT CHECK (exit_rules IS NULL OR json_valid(exit_rules)),
  throttle_days INTEGER NOT NULL CHECK (throttle_days >= 0),
  state TEXT NOT NULL CHECK (state IN ('live', 'paused', 'draft')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  run_cursor TEXT
);
INSERT INTO campaigns_new SELECT * FROM campaigns;
DROP TABLE campaigns;
ALTER TABLE campaigns_new RENAME TO campaigns;
CREATE INDEX campaigns_state ON campaigns(state, workspace_id);
INSERT INTO campaign_enrolments SELECT * FROM keep_campaign_enrolments;
DROP TABLE keep_campaign_enrolments;

-- campaign_messages (its rows were cascaded away with the old campaigns table)
DROP TABLE campaign_messages;
CREATE TABLE campaign_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('in_app', 'email')),
  subject TEXT,
  body TEXT NOT NULL,
  from_admin_id INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  rules TEXT CHECK (rules IS NULL OR json_valid(rules)),
  removed_at INTEGER
);
INSERT INTO campaign_messages SELECT * FROM keep_campaign_messages;
DROP TABLE keep_campaign_messages;
CREATE INDEX campaign_messages_campaign ON campaign_messages(campaign_id, position);

-- Every sequence past its table's largest id and the ids other rows still name.
INSERT INTO sqlite_sequence (name, seq) SELECT 'admins', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'admins');
INSERT INTO sqlite_sequence (name, seq) SELECT 'teams', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'teams');
INSERT INTO sqlite_sequence (name, seq) SELECT 'routing_rules', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'routing_rules');
INSERT INTO sqlite_sequence (name, seq) SELECT 'conversations', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'conversations');
INSERT INTO sqlite_sequence (name, seq) SELECT 'auto_messages', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'auto_messages');
INSERT INTO sqlite_sequence (name, seq) SELECT 'campaigns', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'campaigns');
INSERT INTO sqlite_sequence (name, seq) SELECT 'campaign_messages', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'campaign_messages');
UPDATE sqlite_sequence SET seq = max(seq,
  coalesce((SELECT max(from_admin_id) FROM auto_messages), 0), coalesce((SELECT max(from_admin_id) FROM manual_messages), 0),
  coalesce((SELECT max(from_admin_id) FROM campaign_messages), 0), coalesce((SELECT max(admin_assignee_id) FROM conversations), 0),
  coalesce((SELECT max(admin_id) FROM conversation_ratings), 0), coalesce((SELECT max(admin_id) FROM conversation_tags), 0))
WHERE name = 'admins';
UPDATE sqlite_sequence SET seq = max(seq,
  coalesce((SELECT max(team_assignee_id) FROM conversations), 0), coalesce((SELECT max(team_id) FROM conversation_ratings), 0),
  coalesce((SELECT max(team_id) FROM office_hours), 0))
WHERE name = 'teams';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM routing_rules), 0)) WHERE name = 'routing_rules';
UPDATE sqlite_sequence SET seq = max(seq,
  coalesce((SELECT max(conversation_id) FROM deliveries), 0), coalesce((SELECT max(conversation_id) FROM email_outbox), 0))
WHERE name = 'conversations';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(auto_message_id) FROM deliveries), 0)) WHERE name = 'auto_messages';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(campaign_id) FROM deliveries), 0)) WHERE name = 'campaigns';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(campaign_message_id) FROM deliveries), 0)) WHERE name = 'campaign_messages';

-- Part 2. Delivery at scale (docs/engage.md): a claimed delivery is `queued` until the queue's
-- consumer sends it (`sent`), gives up on it after its retries (`failed`, shown in the admin
-- app), or finds its message deleted or the contact gone (`cancelled`). Earlier rows were sent.
ALTER TABLE deliveries ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('queued', 'sent', 'failed', 'cancelled'));
ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN last_error TEXT;
ALTER TABLE deliveries ADD COLUMN failed_at INTEGER;
CREATE INDEX deliveries_failed ON deliveries(workspace_id, id) WHERE status = 'failed';
-- A delivery's email is reserved in the outbox before it is sent: never two for one delivery.
CREATE UNIQUE INDEX email_outbox_delivery ON email_outbox(delivery_id) WHERE delivery_id IS NOT NULL;
