// The messenger wire protocol (WebSocket frames), shared by the Worker, the widget and the admin
// app. docs/protocol.md describes it for other clients. Inbound frames on either side are
// validated with these schemas; outbound frames are checked with `satisfies`.
import * as z from "zod/mini";
import { attachment, MAX_ATTACHMENTS } from "./attachments.ts";

export const PROTOCOL_VERSION = 1;
/** A part's text may take at most this many bytes of UTF-8. */
export const MAX_PART_BYTES = 10 * 1024;
export const SUBPROTOCOL = `parley.v${PROTOCOL_VERSION}`;

export const CLIENT_FRAMES = ["send", "typing", "read", "ping"] as const;
export const SERVER_FRAMES = ["welcome", "part", "synced", "ack", "typing", "read", "conversation", "error", "pong", "rated"] as const;
export const PART_TYPES = ["comment", "note", "assignment", "close", "open", "snoozed"] as const;
export const ERROR_CODES = ["invalid_frame", "too_large", "forbidden", "rate_limited", "closed", "server_error"] as const;

const clientId = z.string().check(z.minLength(1), z.maxLength(64));

export const clientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("send"), client_id: clientId, body: z.string(), kind: z.optional(z.enum(["comment", "note"])),
    /** Upload receipts from the attachment endpoints (docs/attachments.md). */
    attachments: z.optional(z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(MAX_ATTACHMENTS))),
  }),
  z.object({ type: z.literal("typing") }),
  z.object({ type: z.literal("read"), seq: z.number().check(z.int(), z.gte(0)) }),
  z.object({ type: z.literal("ping") }),
]);
export type ClientFrame = z.infer<typeof clientFrame>;

export const author = z.object({
  type: z.enum(["user", "admin", "bot"]),
  id: z.string(),
  name: z.nullable(z.string()),
});
export type Author = z.infer<typeof author>;

const assignee = z.nullable(z.object({ type: z.enum(["admin", "team"]), id: z.string(), name: z.nullable(z.string()) }));

export const part = z.object({
  seq: z.number(),
  client_id: z.nullable(z.string()),
  part_type: z.enum(PART_TYPES),
  author,
  body: z.string(),
  created_at: z.number(),
  assigned_to: z.optional(assignee),
  snoozed_until: z.optional(z.nullable(z.number())),
  attachments: z.optional(z.array(attachment)),
});
export type Part = z.infer<typeof part>;

export const conversationSummary = z.object({
  id: z.string(),
  state: z.enum(["open", "closed", "snoozed"]),
  last_seq: z.number(),
  last_part_at: z.number(),
  last_part_preview: z.string(),
  last_part_author: author,
  unread: z.number(),
  read_seq: z.object({ user: z.number(), admin: z.number() }),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;

export const serverFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("welcome"), v: z.number(), conversation: conversationSummary }),
  z.object({ type: z.literal("part"), conversation_id: z.string(), part }),
  z.object({ type: z.literal("synced"), last_seq: z.number() }),
  z.object({ type: z.literal("ack"), client_id: z.string(), seq: z.number() }),
  z.object({ type: z.literal("typing"), author }),
  z.object({ type: z.literal("read"), side: z.enum(["user", "admin"]), seq: z.number() }),
  z.object({ type: z.literal("conversation"), conversation: conversationSummary }),
  z.object({ type: z.literal("error"), code: z.enum(ERROR_CODES), message: z.string(), client_id: z.optional(z.string()) }),
  z.object({ type: z.literal("pong") }),
  // To admins only: the contact rated the conversation (it happens once, after a close).
  z.object({ type: z.literal("rated"), rating: z.object({ rating: z.number(), remark: z.nullable(z.string()), created_at: z.number() }) }),
]);
export type ServerFrame = z.infer<typeof serverFrame>;

/** UTF-8 length without TextEncoder, which shared code may not assume. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export type BodyProblem = "empty" | "too_large" | null;

export function bodyProblem(body: string): BodyProblem {
  if (body.trim() === "") return "empty";
  return utf8Length(body) > MAX_PART_BYTES ? "too_large" : null;
}

/** Parses one inbound text frame; never throws. */
export function parseClientFrame(text: string): { ok: true; frame: ClientFrame } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "Frames are JSON objects." };
  }
  const result = clientFrame.safeParse(data);
  if (result.success) return { ok: true, frame: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? `${issue.path.join(".") || "frame"}: ${issue.message}` : "Invalid frame." };
}

export function parseServerFrame(text: string): ServerFrame | null {
  try {
    const result = serverFrame.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
