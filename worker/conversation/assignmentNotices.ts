import type { Part } from "../../shared/protocol.ts";
import type { AssignedNotice } from "../durable/assignedNotice.ts";

/** The assignments to an admin among new parts, except an admin taking a conversation themselves. */
export function assignmentNotices(conversationId: number, parts: readonly Part[]): AssignedNotice[] {
  return parts.flatMap((part) => {
    const to = part.assigned_to;
    if (part.part_type !== "assignment" || to?.type !== "admin" || !/^[0-9]{1,15}$/.test(to.id)) return [];
    if (part.author.type === "admin" && part.author.id === to.id) return [];
    return [{ conversationId, adminId: Number(to.id), byName: part.author.name, createdAt: part.created_at }];
  });
}
