-- Routing rules (ordered, first match wins) and the per-admin cap of open conversations.
ALTER TABLE workspaces ADD COLUMN assignment_cap INTEGER NOT NULL DEFAULT 10;

CREATE TABLE routing_rules (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  conditions TEXT NOT NULL CHECK (json_valid(conditions)),
  team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  assign_to_admin INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX routing_rules_workspace ON routing_rules(workspace_id, position);
