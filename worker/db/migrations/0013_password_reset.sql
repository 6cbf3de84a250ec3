-- "Forgot password?" (issue 17, item 14): one-time links by email. Only the token's hash is
-- stored; a row is spent by setting used_at, and dead after expires_at (an hour).
CREATE TABLE password_resets (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL,
  admin_id INTEGER NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX password_resets_admin ON password_resets (workspace_id, admin_id, created_at);
