// The plain data Durable Objects exchange over RPC: no runtime types, so pure modules and their
// Node tests use them too.
import type { Schedules } from "../../shared/officeHours/types.ts";
import type { Attachment } from "../../shared/attachments.ts";
import type { Author, Part } from "../../shared/protocol.ts";
import type { ListFields } from "../db/listFields.ts";

export type Side = "user" | "admin";

// A room's state and a part before it has a seq: plain data, usable outside the runtime.
export interface RoomMeta {
  workspaceId: number;
  conversationId: number;
  contactId: string;
  state: "open" | "closed" | "snoozed";
  snoozedUntil: number | null;
  adminAssigneeId: number | null;
  teamAssigneeId: number | null;
  createdAt: number;
  readUser: number;
  readAdmin: number;
  waitingSince: number | null;
  firstAdminReplyAt: number | null;
  closedAt: number | null;
}

export interface NewPart {
  clientId: string | null;
  partType: Part["part_type"];
  author: Author;
  body: string;
  createdAt: number;
  assignedTo?: Part["assigned_to"];
  snoozedUntil?: number | null;
  /** Checked files and kept links; a stored file's url is its unsigned path (worker/durable/attachmentKeys.ts). */
  attachments?: Attachment[];
  /** Upload receipts a socket sent, not yet checked: the room reads them into `attachments`. */
  uploads?: string[];
}

export interface StartInput {
  workspaceId: number;
  conversationId: number;
  contactId: string;
  first: NewPart;
  /** Routing applies to conversations a contact starts, once (CONTRACT §1). */
  route: { text: string; pageUrl: string | null } | null;
  /** Office hours for a conversation a contact starts: the room replies once if it starts outside them. */
  away?: AwayInput | null;
  /**
   * One of many starts at once (engage deliveries): the caller wrote the list row to D1 already,
   * so the hub gets it behind rather than urgently, and the contact's channel is told only if
   * `notifyContact` (their messenger may be open).
   */
  batch?: { notifyContact: boolean };
}

export interface AwayInput {
  schedules: Schedules;
  /** The visitor's IANA time zone as their browser reported it, if it did. */
  timeZone: string | null;
  hasEmail: boolean;
}

export type PostResult = { ok: true; part: Part; duplicate: boolean } | { ok: false; code: "too_large" | "invalid_frame" | "not_found"; message: string };

/** A room's list row for the hub; `urgent` rows (REST, RPC) reach D1 before the call returns. */
export interface ListChange {
  conversationId: number;
  contactId: string;
  fields: ListFields;
  urgent: boolean;
}

export interface RouteInput {
  conversationId: number;
  contactId: string;
  text: string;
  pageUrl: string | null;
  now: number;
}

/** The hub's one answer to a new conversation: whom routing gives it to, if anyone. */
export interface Routed {
  rule: { id: number; name: string };
  team: { id: number; name: string };
  admin: { id: number; name: string | null } | null;
}

