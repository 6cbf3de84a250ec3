// Shapes of a contact's notes (CONTRACT §8, REST) and of the admin app's contacts endpoints.
import type { ContactObject } from "./api-types.ts";
import type { InboxConversation } from "./inbox.ts";

export interface NoteObject {
  type: "note";
  id: string;
  body: string;
  created_at: number;
  author: { type: "admin"; id: string };
  contact: { type: "contact"; id: string };
}

export interface NoteList {
  type: "list";
  data: NoteObject[];
  total_count: number;
}

/** One row of the admin app's contacts table; `display_name` is shared/contactName's. */
export interface ContactRow {
  id: string;
  display_name: string;
  anonymous: boolean;
  role: "user" | "lead";
  name: string | null;
  email: string | null;
  external_id: string | null;
  last_seen_at: number | null;
  signed_up_at: number | null;
  web_sessions: number;
}

export interface ContactRowPage {
  contacts: ContactRow[];
  total_count: number;
  /** Cursor for the next page; null on the last one. */
  next: string | null;
}

export interface ContactEventView {
  id: string;
  name: string;
  created_at: number;
  metadata: Record<string, unknown>;
}

/** GET /admin/api/contacts/{id}: everything the contact page shows, in one request. */
export interface ContactProfile {
  contact: ContactObject & { display_name: string; anonymous: boolean; last_page_url: string | null };
  events: ContactEventView[];
  conversations: InboxConversation[];
  notes: NoteObject[];
}
