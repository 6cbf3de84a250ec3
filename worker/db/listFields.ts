import type { Conversation } from "./schema.ts";

/** The fields of a conversation's D1 row that its room owns and hands over as they change. */
export type ListFields = Pick<
  Conversation,
  | "state" | "snoozedUntil" | "adminAssigneeId" | "teamAssigneeId" | "updatedAt" | "waitingSince" | "firstAdminReplyAt" | "closedAt" | "contactRepliedAt"
  | "lastSeq" | "lastPartAt" | "lastPartAuthorType" | "lastPartPreview" | "partsCount" | "unreadByUser" | "unreadByAdmin"
>;
