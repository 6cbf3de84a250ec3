-- Help center feedback and reports. Articles themselves live in git, not here: `article_id` is
-- the article's path ("collection/slug") as published by the build.

-- Views and "Talk to us" clicks per article, as running totals.
CREATE TABLE help_article_counters (
  workspace_id INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  views INTEGER NOT NULL DEFAULT 0,
  talk_to_us INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, article_id)
);

-- One reaction per reader per article, changeable. `visitor_hash` is the SHA-256 of a random id
-- the reader's browser made up; nothing here identifies a person.
CREATE TABLE help_reactions (
  workspace_id INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  visitor_hash TEXT NOT NULL,
  reaction TEXT NOT NULL CHECK (reaction IN ('sad', 'neutral', 'happy')),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, article_id, visitor_hash)
);

-- Searches that found nothing, already anonymised (see worker/help/anonymise.ts), with counts.
CREATE TABLE help_missed_searches (
  workspace_id INTEGER NOT NULL,
  query TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  last_searched_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, query)
);

-- Fixed one-minute windows for the public endpoints' rate limit. `key_hash` hashes the client
-- address with the window, and rows are deleted once their window has passed.
CREATE TABLE help_rate_windows (
  workspace_id INTEGER NOT NULL,
  key_hash TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, key_hash, window_start)
);
CREATE INDEX help_rate_windows_start ON help_rate_windows (window_start);
