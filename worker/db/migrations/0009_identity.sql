-- Identity that cannot be borrowed (issue 12): the identity secret rotates with a grace period,
-- secrets are stored wrapped with PARLEY_SECRET_KEY, contacts remember whether they were ever
-- verified and carry a generation number that revokes their visitor tokens, and owners can
-- disable admins.
ALTER TABLE workspaces ADD COLUMN identity_secret_previous TEXT;
ALTER TABLE workspaces ADD COLUMN identity_secret_previous_until INTEGER;
ALTER TABLE workspaces ADD COLUMN visitor_token_key TEXT NOT NULL DEFAULT '';

ALTER TABLE contacts ADD COLUMN verified_at INTEGER;
ALTER TABLE contacts ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;

ALTER TABLE admins ADD COLUMN disabled_at INTEGER;
