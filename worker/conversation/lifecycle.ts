import { attachmentsPreview } from "../../shared/attachments.ts";
import type { Part } from "../../shared/protocol.ts";
import type { RoomMeta } from "../durable/types.ts";

// How each part changes the conversation: actions set state and assignees; a contact's reply
// reopens a closed or snoozed conversation, as the team must see it again.
export function applyPart(meta: RoomMeta, part: Part): RoomMeta {
  return withTimes(applyState(meta, part), part);
}

/** Waiting since the contact's first unanswered comment; response times for reports. */
function withTimes(meta: RoomMeta, part: Part): RoomMeta {
  if (part.part_type === "close") return { ...meta, closedAt: part.created_at, waitingSince: null };
  if (part.part_type !== "comment") return meta;
  if (part.author.type === "user") return { ...meta, waitingSince: meta.waitingSince ?? part.created_at };
  // An automatic reply (office hours) answers nobody: the contact still waits for the team.
  if (part.author.type === "bot") return meta;
  // A first response answers a waiting contact: an outbound message is not one.
  const answers = meta.waitingSince !== null;
  return { ...meta, waitingSince: null, firstAdminReplyAt: meta.firstAdminReplyAt ?? (answers ? part.created_at : null) };
}

function applyState(meta: RoomMeta, part: Part): RoomMeta {
  switch (part.part_type) {
    case "close":
      return { ...meta, state: "closed", snoozedUntil: null };
    case "open":
      return { ...meta, state: "open", snoozedUntil: null };
    case "snoozed":
      return { ...meta, state: "snoozed", snoozedUntil: part.snoozed_until ?? null };
    case "assignment": {
      const to = part.assigned_to ?? null;
      if (to === null) return { ...meta, adminAssigneeId: null, teamAssigneeId: null };
      const id = Number(to.id);
      return to.type === "admin" ? { ...meta, adminAssigneeId: id } : { ...meta, teamAssigneeId: id, adminAssigneeId: meta.adminAssigneeId };
    }
    case "comment":
      return part.author.type === "user" && meta.state !== "open" ? { ...meta, state: "open", snoozedUntil: null } : meta;
    case "note":
      return meta;
  }
}

/** Parts a contact may see: messages and close/reopen, never notes, assignments or snoozes (team internals). */
export function visibleToUser(part: Part): boolean {
  return part.part_type !== "note" && part.part_type !== "assignment" && part.part_type !== "snoozed";
}

export const TYPING_INTERVAL_MS = 2000;

/** Typing is relayed at most once per interval per socket, however fast keys are pressed. */
export function shouldRelayTyping(lastRelayedAt: number | undefined, now: number): boolean {
  return lastRelayedAt === undefined || now - lastRelayedAt >= TYPING_INTERVAL_MS;
}

/** One line of a part for lists and notifications. */
export function preview(part: Part): string {
  const text = part.body.replace(/\s+/g, " ").trim();
  if (text) return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  if (part.attachments?.length) return attachmentsPreview(part.attachments);
  switch (part.part_type) {
    case "close":
      return "Conversation closed";
    case "open":
      return "Conversation reopened";
    case "snoozed":
      return "Conversation snoozed";
    case "assignment":
      return part.assigned_to ? `Assigned to ${part.assigned_to.name ?? part.assigned_to.type}` : "Unassigned";
    default:
      return "";
  }
}

