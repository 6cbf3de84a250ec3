import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Migration 0018: what admins write down about a contact.
export const contactNotes = sqliteTable("contact_notes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  contactId: text("contact_id").notNull(),
  adminId: integer("admin_id").notNull(),
  body: text("body").notNull(),
  createdAt: integer("created_at").notNull(),
});

export type ContactNote = typeof contactNotes.$inferSelect;
