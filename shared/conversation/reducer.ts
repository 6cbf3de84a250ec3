// The client side of a conversation socket (docs/protocol.md §2) as one pure function: the state
// a messenger or an admin holds, and how each server frame or local event changes it. The same
// frame applied twice, or parts arriving out of order, never duplicate or reorder anything.
import type { Upload } from "../attachments.ts";
import type { Author, ConversationSummary, Part, ServerFrame } from "../protocol.ts";

/** Whose client this is: decides whose typing is shown and whose parts end it. */
export type Side = "user" | "admin";
export type PartKind = "comment" | "note";

/** A message sent but not yet stored: resent with the same client id until acknowledged. */
export interface Pending {
  clientId: string;
  body: string;
  kind: PartKind;
  error?: string;
  /** Files uploaded already, sent as their receipts. */
  attachments?: Upload[];
}

export interface ConversationState {
  side: Side;
  /** Every part held, unique and in seq order. */
  parts: Part[];
  pending: Pending[];
  online: boolean;
  /** The backlog was complete at least once. */
  synced: boolean;
  summary: ConversationSummary | null;
  /** Highest seq each side has read. */
  read: { user: number; admin: number };
  /** Someone on the other side is typing. */
  typing: Author | null;
  /** The contact's rating, when it arrived on this socket (admins only). */
  rated: RatedFrame["rating"] | null;
}

type RatedFrame = Extract<ServerFrame, { type: "rated" }>;

export type LocalEvent =
  | { type: "queued"; client_id: string; body: string; kind: PartKind; attachments?: Upload[] }
  | { type: "retried"; client_id: string }
  | { type: "disconnected" }
  | { type: "typing_stopped" };
export type ConversationEvent = ServerFrame | LocalEvent;

export function initialConversation(side: Side): ConversationState {
  return { side, parts: [], pending: [], online: false, synced: false, summary: null, read: { user: 0, admin: 0 }, typing: null, rated: null };
}

/** The seq to resume after: the server sends exactly the parts above it. */
export function lastSeq(state: ConversationState): number {
  return state.parts.at(-1)?.seq ?? 0;
}

function insertPart(parts: Part[], part: Part): Part[] | null {
  let at = parts.length;
  while (at > 0 && (parts[at - 1]?.seq ?? 0) >= part.seq) {
    if (parts[at - 1]?.seq === part.seq) return null;
    at--;
  }
  return [...parts.slice(0, at), part, ...parts.slice(at)];
}

const withoutPending = (pending: Pending[], clientId: string | null) =>
  pending.some((p) => p.clientId === clientId) ? pending.filter((p) => p.clientId !== clientId) : pending;

export function reduce(state: ConversationState, event: ConversationEvent): ConversationState {
  switch (event.type) {
    case "welcome": {
      const { read_seq } = event.conversation;
      return { ...state, summary: event.conversation, read: { user: Math.max(state.read.user, read_seq.user), admin: Math.max(state.read.admin, read_seq.admin) } };
    }
    case "conversation":
      return state.summary && state.summary.id !== event.conversation.id ? state : { ...state, summary: event.conversation };
    case "synced":
      return { ...state, online: true, synced: true };
    case "part": {
      const parts = insertPart(state.parts, event.part);
      if (!parts) return state;
      const endsTyping = event.part.author.type === (state.side === "user" ? "admin" : "user");
      return { ...state, parts, pending: withoutPending(state.pending, event.part.client_id), typing: endsTyping ? null : state.typing };
    }
    case "ack": {
      const pending = withoutPending(state.pending, event.client_id);
      return pending === state.pending ? state : { ...state, pending };
    }
    case "read": {
      if (event.seq <= state.read[event.side]) return state;
      return { ...state, read: { ...state.read, [event.side]: event.seq } };
    }
    case "typing":
      return event.author.type === state.side ? state : { ...state, typing: event.author };
    case "typing_stopped":
      return state.typing ? { ...state, typing: null } : state;
    case "error": {
      const { client_id, message } = event;
      if (!client_id || !state.pending.some((p) => p.clientId === client_id)) return state;
      return { ...state, pending: state.pending.map((p) => (p.clientId === client_id ? { ...p, error: message } : p)) };
    }
    case "queued":
      if (state.pending.some((p) => p.clientId === event.client_id)) return state;
      return { ...state, pending: [...state.pending, { clientId: event.client_id, body: event.body, kind: event.kind, ...(event.attachments?.length ? { attachments: event.attachments } : {}) }] };
    case "retried":
      if (!state.pending.some((p) => p.clientId === event.client_id)) return state;
      return { ...state, pending: state.pending.map((p) => (p.clientId === event.client_id ? { clientId: p.clientId, body: p.body, kind: p.kind, ...(p.attachments ? { attachments: p.attachments } : {}) } : p)) };
    case "disconnected":
      // A new object even when already offline: a client that never connected learns it here.
      return { ...state, online: false };
    case "pong":
      return state;
    case "rated":
      return { ...state, rated: event.rating };
  }
}

/** What to send again once the backlog is complete: every pending message not refused. */
export function toResend(state: ConversationState): Pending[] {
  return state.pending.filter((p) => !p.error);
}
