import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// Migration 0015: tags and what carries them. Kept beside schema.ts, which re-exports it, so the
// drift test (tests/worker/schema.test.ts) sees these tables too.

export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    name: text("name").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("tags_workspace_name").on(t.workspaceId, t.name)],
);

export const contactTags = sqliteTable(
  "contact_tags",
  {
    workspaceId: integer("workspace_id").notNull(),
    contactId: text("contact_id").notNull(),
    tagId: integer("tag_id").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.tagId] }), index("contact_tags_tag").on(t.tagId, t.contactId)],
);

export const conversationTags = sqliteTable(
  "conversation_tags",
  {
    workspaceId: integer("workspace_id").notNull(),
    conversationId: integer("conversation_id").notNull(),
    tagId: integer("tag_id").notNull(),
    adminId: integer("admin_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.tagId] }), index("conversation_tags_tag").on(t.tagId, t.conversationId)],
);

export type Tag = typeof tags.$inferSelect;
