import type { ConversationSummary, Part } from "../../shared/protocol.ts";
import type { ListFields } from "../db/listFields.ts";
import type { NewPart, RoomMeta, Side } from "../durable/types.ts";
import { applyPart, preview, visibleToUser } from "./lifecycle.ts";

// What a room answers from memory on its hot path: loaded from its SQLite once per wake-up, then
// advanced by pure functions as parts are stored, so a message costs one write and no read.
export interface RoomState {
  meta: RoomMeta;
  lastSeq: number;
  count: number;
  /** The last comment or note: lists preview messages, not routing's assignments. */
  lastMessage: Part | null;
  lastPart: Part | null;
  lastForUser: Part | null;
  /**
   * Seqs of comments written by contacts and by admins, ascending, for unread counts: only those
   * after the other side's read marker, so a long conversation does not copy its whole history per part.
   */
  commentSeqs: { user: number[]; admin: number[] };
  /** When the contact first wrote: until then an outbound message is not a conversation for the team. */
  contactRepliedAt: number | null;
}

export function emptyState(meta: RoomMeta): RoomState {
  return { meta, lastSeq: 0, count: 0, lastMessage: null, lastPart: null, lastForUser: null, commentSeqs: { user: [], admin: [] }, contactRepliedAt: null };
}

/** A part's effect on the conversation's meta; whoever writes a part has read everything up to it. */
export function metaAfter(meta: RoomMeta, part: Part): RoomMeta {
  const next = applyPart(meta, part);
  return part.author.type === "user" ? { ...next, readUser: part.seq } : part.author.type === "admin" ? { ...next, readAdmin: part.seq } : next;
}

/**
 * The meta as it stands after the parts stored since it was last saved: the room saves its meta
 * with the list row, not with every part, and replays the log's tail when it wakes up.
 */
export function replayMeta(saved: RoomMeta, partsSince: readonly Part[]): RoomMeta {
  return partsSince.reduce(metaAfter, saved);
}

/** The state after one more stored part. */
export function withPart(state: RoomState, part: Part): RoomState {
  const meta = metaAfter(state.meta, part);
  const isComment = part.part_type === "comment";
  const by = part.author.type;
  const user = isComment && by === "user" ? [...state.commentSeqs.user, part.seq] : state.commentSeqs.user;
  const admin = isComment && by === "admin" ? [...state.commentSeqs.admin, part.seq] : state.commentSeqs.admin;
  return {
    meta,
    lastSeq: Math.max(state.lastSeq, part.seq),
    count: state.count + 1,
    lastMessage: isComment || part.part_type === "note" ? part : state.lastMessage,
    lastPart: part,
    lastForUser: visibleToUser(part) ? part : state.lastForUser,
    commentSeqs: unreadOnly({ user, admin }, meta),
    contactRepliedAt: state.contactRepliedAt ?? (isComment && by === "user" ? part.created_at : null),
  };
}

/** Drops the comments each side has read: contacts' comments up to the admins' marker, and the reverse. */
export function unreadOnly(seqs: RoomState["commentSeqs"], meta: Pick<RoomMeta, "readUser" | "readAdmin">): RoomState["commentSeqs"] {
  const keep = (list: number[], read: number) => (list.length > 0 && (list[0] ?? 0) <= read ? list.slice(firstAbove(list, read)) : list);
  return { user: keep(seqs.user, meta.readAdmin), admin: keep(seqs.admin, meta.readUser) };
}

/**
 * A side's read marker moves forward only, never past the last part; null when nothing changes,
 * so a client repeating `read` costs no write and no broadcast.
 */
export function withRead(state: RoomState, side: Side, seq: number): RoomState | null {
  const current = side === "user" ? state.meta.readUser : state.meta.readAdmin;
  const target = Math.min(Math.max(0, Math.floor(seq)), state.lastSeq);
  if (!(target > current)) return null;
  const meta = side === "user" ? { ...state.meta, readUser: target } : { ...state.meta, readAdmin: target };
  return { ...state, meta, commentSeqs: unreadOnly(state.commentSeqs, meta) };
}

/** Comments from the other side after this side's read marker. */
export function unreadBy(state: RoomState, side: Side): number {
  const seqs = side === "user" ? state.commentSeqs.admin : state.commentSeqs.user;
  const read = side === "user" ? state.meta.readUser : state.meta.readAdmin;
  return seqs.length - firstAbove(seqs, read);
}

function firstAbove(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The list row D1 keeps for this conversation, or null before its first part. */
export function listFields(state: RoomState): ListFields | null {
  const last = state.lastPart;
  if (!last) return null;
  const message = state.lastMessage ?? last;
  const { meta } = state;
  return {
    state: meta.state, snoozedUntil: meta.snoozedUntil, adminAssigneeId: meta.adminAssigneeId, teamAssigneeId: meta.teamAssigneeId,
    updatedAt: last.created_at, waitingSince: meta.waitingSince, firstAdminReplyAt: meta.firstAdminReplyAt, closedAt: meta.closedAt,
    contactRepliedAt: state.contactRepliedAt, lastSeq: last.seq, lastPartAt: message.created_at, lastPartAuthorType: message.author.type, lastPartPreview: preview(message),
    partsCount: state.count, unreadByUser: unreadBy(state, "user"), unreadByAdmin: unreadBy(state, "admin"),
  };
}

/** What one side is told about the conversation: contacts never learn of notes or assignments. */
export function summary(state: RoomState, side: Side): ConversationSummary {
  const { meta } = state;
  const last = side === "user" ? state.lastForUser : state.lastPart;
  return {
    id: String(meta.conversationId),
    state: meta.state,
    last_seq: state.lastSeq,
    last_part_at: last?.created_at ?? meta.createdAt,
    last_part_preview: last ? preview(last) : "",
    last_part_author: last?.author ?? { type: "user", id: meta.contactId, name: null },
    unread: unreadBy(state, side),
    read_seq: { user: meta.readUser, admin: meta.readAdmin },
  };
}

/** The part a new part becomes under the next seq. */
export function nextPart(state: RoomState, p: NewPart): Part {
  const part: Part = { seq: state.lastSeq + 1, client_id: p.clientId, part_type: p.partType, author: p.author, body: p.body, created_at: p.createdAt };
  if (p.assignedTo !== undefined) part.assigned_to = p.assignedTo ?? null;
  if (p.partType === "snoozed") part.snoozed_until = p.snoozedUntil ?? null;
  if (p.attachments?.length) part.attachments = p.attachments;
  return part;
}
