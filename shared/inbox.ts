// The admin inbox protocol: one socket per signed-in admin to the workspace's InboxHub, carrying
// every conversation change in order (with its own seq, resumable) and who is online.
import * as z from "zod/mini";
import { author } from "./protocol.ts";

export const INBOX_PROTOCOL_VERSION = 1;

export const inboxConversation = z.object({
  id: z.string(),
  contact: z.object({ id: z.string(), name: z.nullable(z.string()), email: z.nullable(z.string()), role: z.enum(["user", "lead"]) }),
  state: z.enum(["open", "closed", "snoozed"]),
  admin_assignee_id: z.nullable(z.string()),
  team_assignee_id: z.nullable(z.string()),
  created_at: z.number(),
  last_part_at: z.number(),
  last_part_preview: z.string(),
  last_part_author_type: z.string(),
  unread: z.number(),
  waiting_since: z.nullable(z.number()),
  snoozed_until: z.nullable(z.number()),
  page_url: z.nullable(z.string()),
  /**
   * An outbound message the contact has not answered yet: in the contact's history, in no team
   * view. Absent from events the hub logged before it existed, which resumes may replay.
   */
  awaiting_contact: z.optional(z.boolean()),
  /** The conversation's tags; absent from events logged before tags existed (keep what you had). */
  tags: z.optional(z.array(z.object({ id: z.string(), name: z.string() }))),
});
export type InboxConversation = z.infer<typeof inboxConversation>;

export const presence = z.object({ admin_id: z.string(), online: z.boolean(), away: z.boolean() });
export type Presence = z.infer<typeof presence>;

export const inboxServerFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("hello"), v: z.number(), seq: z.number(), presence: z.array(presence) }),
  /** Events after the client's `after`, then live ones; `seq` increases by one per event. */
  z.object({ type: z.literal("conversation"), seq: z.number(), conversation: inboxConversation }),
  z.object({ type: z.literal("synced"), seq: z.number() }),
  /** The client was away too long to resume: refetch the lists, then carry on from `seq`. */
  z.object({ type: z.literal("reset"), seq: z.number() }),
  z.object({ type: z.literal("presence"), presence }),
  z.object({ type: z.literal("typing"), conversation_id: z.string(), author }),
  z.object({ type: z.literal("pong") }),
  /** The frame was refused; the socket stays open. */
  z.object({ type: z.literal("error"), code: z.enum(["invalid_frame", "too_large"]), message: z.string() }),
]);
export type InboxServerFrame = z.infer<typeof inboxServerFrame>;

export const inboxClientFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("away"), away: z.boolean() }),
  z.object({ type: z.literal("ping") }),
]);
export type InboxClientFrame = z.infer<typeof inboxClientFrame>;

export function parseInboxServerFrame(text: string): InboxServerFrame | null {
  try {
    const result = inboxServerFrame.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** GET /admin/api/inbox/conversations: rows as the hub pushes them, newest activity first. */
export const inboxConversationPage = z.object({
  conversations: z.array(inboxConversation),
  /** Pass back as `cursor` for the next page; null on the last one. */
  next_cursor: z.nullable(z.string()),
});
export type InboxConversationPage = z.infer<typeof inboxConversationPage>;
