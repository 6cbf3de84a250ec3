-- When a queued delivery's latest queue message was handed over (wall clock, unix seconds; a
-- retry's is when it falls due). `wrangler dev` keeps its queues in memory, so a reload or a
-- crash loses messages and leaves their rows queued: each scheduled run re-enqueues the queued
-- rows whose message is long overdue (docs/engage.md "Never lost"). 0 = never enqueued.
ALTER TABLE deliveries ADD COLUMN enqueued_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deliveries_queued_since ON deliveries(enqueued_at) WHERE status = 'queued';
