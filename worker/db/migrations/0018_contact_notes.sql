-- Notes admins keep on a contact (CONTRACT §8). AUTOINCREMENT: a note created after another was
-- deleted never takes its id.
CREATE TABLE contact_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  admin_id INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX contact_notes_contact ON contact_notes(workspace_id, contact_id, id);
