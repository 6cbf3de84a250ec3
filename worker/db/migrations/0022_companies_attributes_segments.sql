-- Companies, declared data attributes and saved segments (CONTRACT §8). AUTOINCREMENT everywhere:
-- an object created after another was deleted never takes its id.
CREATE TABLE companies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  company_id TEXT NOT NULL,
  name TEXT,
  plan TEXT,
  size INTEGER,
  website TEXT,
  industry TEXT,
  monthly_spend REAL NOT NULL DEFAULT 0,
  remote_created_at INTEGER,
  custom_attributes TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX companies_workspace_company_id ON companies(workspace_id, company_id);

-- The primary key serves "this contact's companies"; the index serves "this company's people".
CREATE TABLE contact_companies (
  workspace_id INTEGER NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (contact_id, company_id)
);
CREATE INDEX contact_companies_company ON contact_companies(company_id, contact_id);

CREATE TABLE data_attributes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  model TEXT NOT NULL CHECK (model IN ('contact', 'company')),
  name TEXT NOT NULL,
  data_type TEXT NOT NULL CHECK (data_type IN ('string', 'integer', 'float', 'boolean', 'date')),
  description TEXT,
  admin_id INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX data_attributes_workspace_model_name ON data_attributes(workspace_id, model, name);

-- A segment is a saved rule (shared/rules); membership is computed when asked, never stored.
CREATE TABLE segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  rules TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX segments_workspace ON segments(workspace_id, id);
