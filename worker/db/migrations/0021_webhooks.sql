-- Webhooks (CONTRACT §8, docs/webhooks.md). AUTOINCREMENT: ids are never reused, so a delivery
-- log or a receiver's records never mix a deleted subscription's events with a new one's.
CREATE TABLE webhook_subscriptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  -- A JSON array of topics.
  topics TEXT NOT NULL,
  -- Wrapped with PARLEY_SECRET_KEY (worker/identity/secretBox.ts): Parley signs with it, so it is not hashed.
  secret TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX webhook_subscriptions_workspace ON webhook_subscriptions(workspace_id, id);

-- One notification to one subscription: its item as it was when the event happened, and what the
-- last attempt got back. Deleting the subscription deletes its log.
CREATE TABLE webhook_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  subscription_id INTEGER NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
  notification_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  app_id TEXT NOT NULL,
  event_created_at INTEGER NOT NULL,
  item TEXT NOT NULL,
  -- pending, sending, retrying, delivered or failed.
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  first_sent_at INTEGER,
  last_attempt_at INTEGER,
  response_status INTEGER,
  latency_ms INTEGER,
  response_excerpt TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries(subscription_id, id);
-- An event is one notification per subscription, however often its queue message arrives.
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries(notification_id, subscription_id);
