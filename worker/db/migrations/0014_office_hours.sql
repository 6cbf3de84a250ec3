-- Office hours and expected reply time (issue 13 item 6): one row for the workspace (team_id 0)
-- and one for each team whose hours differ from it. `intervals` is the JSON list the REST API
-- takes (shared/officeHours/types.ts); no row at all means open around the clock.
CREATE TABLE office_hours (
  workspace_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL DEFAULT 0,
  timezone TEXT NOT NULL,
  intervals TEXT NOT NULL,
  reply_time TEXT NOT NULL CHECK (reply_time IN ('minutes', 'hours', 'day')),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, team_id)
);
