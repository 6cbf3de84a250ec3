// A saved reply as the admin app and the Worker exchange it. Its actions run when the reply is
// sent: close the conversation, assign it (to an admin or a team), tag it (by tag name, so a
// reply survives a tag being deleted and recreated).
import * as z from "zod/mini";

export const SAVED_REPLY_ACTION_TYPES = ["close", "assign", "tag"] as const;
export type SavedReplyActionType = (typeof SAVED_REPLY_ACTION_TYPES)[number];

export const MAX_SAVED_REPLY_NAME = 100;
export const MAX_SAVED_REPLIES = 500;

export const savedReplyAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("close") }),
  z.object({ type: z.literal("assign"), assignee_type: z.enum(["admin", "team"]), assignee_id: z.string().check(z.regex(/^[1-9][0-9]{0,15}$/)) }),
  z.object({ type: z.literal("tag"), name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }),
]);
export type SavedReplyAction = z.infer<typeof savedReplyAction>;

/** One action of each type at most: two closes or two assignees would contradict each other. */
export const savedReplyActions = z.array(savedReplyAction).check(
  z.maxLength(SAVED_REPLY_ACTION_TYPES.length),
  z.refine((list) => new Set(list.map((a) => a.type)).size === list.length, "each action type may appear once"),
);

export const savedReplyInput = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SAVED_REPLY_NAME)),
  body: z.string().check(z.trim(), z.minLength(1)),
  actions: z._default(savedReplyActions, []),
});
export type SavedReplyInput = z.infer<typeof savedReplyInput>;

export const savedReply = z.object({
  type: z.literal("saved_reply"),
  id: z.string(),
  name: z.string(),
  body: z.string(),
  actions: z.array(savedReplyAction),
  created_at: z.number(),
  updated_at: z.number(),
});
export type SavedReply = z.infer<typeof savedReply>;

export const savedReplyList = z.object({ type: z.literal("list"), data: z.array(savedReply) });

/** The order actions run in on send: tag and assign first, so the close records the new assignee. */
export function actionsInRunOrder(actions: readonly SavedReplyAction[]): SavedReplyAction[] {
  const rank: Record<SavedReplyActionType, number> = { tag: 0, assign: 1, close: 2 };
  return [...actions].sort((a, b) => rank[a.type] - rank[b.type]);
}
