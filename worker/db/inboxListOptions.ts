import type { Conversation } from "./schema.ts";

// What a page of the admin inbox's list asks for; kept apart from the query so the pure parser of
// the endpoint's parameters can name it without loading the database client.
export type InboxListView = { kind: "all" } | { kind: "unassigned" } | { kind: "admin"; adminId: number } | { kind: "team"; teamId: number };

export interface InboxListOptions {
  view: InboxListView;
  state: Conversation["state"] | null;
  contactId: string | null;
  /** Case-insensitive substring of the first or latest message, or of the contact's name or email. */
  text: string | null;
  /** Only conversations carrying this tag; absent or null for any. */
  tagId?: number | null;
  /** The (last_part_at, id) of the last row already served. */
  after: { at: number; id: number } | null;
  limit: number;
}
