import type { Author, Part } from "../../shared/protocol.ts";

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
}
