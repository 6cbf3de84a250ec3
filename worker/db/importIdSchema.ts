import { primaryKey, sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Migration 0023: the id map of foreign imports (worker/db/portableIds.ts). Kept beside schema.ts,
// which re-exports it, so the drift test sees it.

export const importIds = sqliteTable(
  "import_ids",
  {
    workspaceId: integer("workspace_id").notNull(),
    source: text("source").notNull(),
    type: text("type").notNull(),
    sourceId: text("source_id").notNull(),
    localId: text("local_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.source, t.type, t.sourceId] })],
);
