-- Objects imported from another account (POST /import?source=NAME): which local object each source
-- id became, so a rerun of the same import maps every source id to the same local id and never
-- duplicates, whatever the client remembers.
CREATE TABLE import_ids (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  type TEXT NOT NULL,
  source_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  PRIMARY KEY (workspace_id, source, type, source_id)
);
