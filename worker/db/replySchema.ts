import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Migration 0016: the inbox's saved replies and the contacts' ratings of closed conversations.
export const savedReplies = sqliteTable(
  "saved_replies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    name: text("name").notNull(),
    body: text("body").notNull(),
    /** JSON list of actions run after the reply is sent, validated by the caller both ways. */
    actions: text("actions").notNull().default("[]"),
    createdBy: integer("created_by"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("saved_replies_workspace").on(t.workspaceId, t.name)],
);

/** One per conversation, ever; the assignees at the close are kept for the reports. */
export const conversationRatings = sqliteTable(
  "conversation_ratings",
  {
    conversationId: integer("conversation_id").primaryKey(),
    workspaceId: integer("workspace_id").notNull(),
    rating: integer("rating").notNull(),
    remark: text("remark"),
    adminId: integer("admin_id"),
    teamId: integer("team_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("conversation_ratings_day").on(t.workspaceId, t.createdAt)],
);
