-- Engage campaigns: prioritised, throttled message sequences toward a goal.

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  target TEXT NOT NULL CHECK (json_valid(target)),
  goal TEXT NOT NULL CHECK (json_valid(goal)),
  exit_rules TEXT CHECK (exit_rules IS NULL OR json_valid(exit_rules)),
  throttle_days INTEGER NOT NULL CHECK (throttle_days >= 0),
  state TEXT NOT NULL CHECK (state IN ('live', 'paused', 'draft')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX campaigns_state ON campaigns(state, workspace_id);

-- `position` is the message's index in the campaign's list; `id` stays when others are removed,
-- so deliveries are claimed per message id and a removal can never make a message "unsent".
CREATE TABLE campaign_messages (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX campaign_messages_campaign ON campaign_messages(campaign_id, position);

CREATE TABLE campaign_enrolments (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL,
  entered_at INTEGER NOT NULL,
  exited_at INTEGER,
  exit_reason TEXT CHECK (exit_reason IS NULL OR exit_reason IN ('goal_reached', 'exit_rules', 'completed')),
  PRIMARY KEY (campaign_id, contact_id)
);
CREATE INDEX campaign_enrolments_exits ON campaign_enrolments(campaign_id, exit_reason, exited_at);

ALTER TABLE deliveries ADD COLUMN campaign_message_id INTEGER;
CREATE UNIQUE INDEX deliveries_campaign_message ON deliveries(campaign_message_id, contact_id) WHERE campaign_message_id IS NOT NULL;
CREATE INDEX deliveries_campaign_contact ON deliveries(campaign_id, contact_id, sent_at) WHERE campaign_id IS NOT NULL;
