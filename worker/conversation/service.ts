import { bodyProblem, MAX_PART_BYTES, type Part } from "../../shared/protocol.ts";
import { conversationBySourceClientId, insertConversation } from "../db/conversations.ts";
import { schedulesOf } from "../db/officeHours.ts";
import type { Contact, Conversation } from "../db/schema.ts";
import type { NewPart } from "../durable/rpc.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import type { AttachScope } from "../durable/attachmentKeys.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { readUploads } from "./attachments.ts";
import { preview } from "./lifecycle.ts";

/** A message needs text, unless it carries files. */
export function requireBody(body: string, hasFiles = false): void {
  const problem = bodyProblem(body);
  if (problem === "empty" && !hasFiles) throw new ApiError("parameter_invalid", "body: a message needs some text.");
  if (problem === "too_large") throw new ApiError("request_too_large", `body: messages are limited to ${MAX_PART_BYTES / 1024} KB of text.`);
}

export interface StartConversation {
  contact: Contact;
  author: NewPart["author"];
  body: string;
  clientId: string | null;
  pageUrl: string | null;
  /** Upload receipts of the visitor's files sent with the first message (docs/attachments.md). */
  uploads?: string[];
  /** The visitor's time zone, for the automatic reply outside office hours. */
  timeZone?: string | null;
}

/**
 * A new conversation: its list row in D1 first (for the id), then its room with the first part;
 * the room asks the workspace's hub once whom it goes to.
 */
export async function startConversation(c: Ctx, workspaceId: number, input: StartConversation): Promise<{ conversation: Conversation; part: Part }> {
  requireBody(input.body, Boolean(input.uploads?.length));
  const earlier = input.clientId ? await conversationBySourceClientId(c.db, workspaceId, input.contact.id, input.clientId) : undefined;
  const attachments = input.uploads?.length ? await uploadsOrRefuse(c, { workspaceId, conversationId: earlier?.id ?? 0, contactId: input.contact.id }, input.uploads, input.author.type) : [];
  const first: Omit<NewPart, "createdAt"> = { clientId: input.clientId, partType: "comment", author: input.author, body: input.body, ...(attachments.length ? { attachments } : {}) };
  const conversation =
    earlier ??
    (await insertConversation(c.db, {
      workspaceId,
      contactId: input.contact.id,
      sourceAuthorType: input.author.type === "user" ? "user" : "admin",
      sourceAuthorId: input.author.id,
      sourceBody: input.body,
      sourceClientId: input.clientId,
      pageUrl: input.pageUrl,
      createdAt: c.now,
      updatedAt: c.now,
      lastPartAt: c.now,
      lastPartAuthorType: input.author.type,
      contactRepliedAt: input.author.type === "user" ? c.now : null,
      lastPartPreview: preview({ seq: 1, client_id: null, part_type: "comment", author: input.author, body: input.body, created_at: c.now, attachments }),
    }));
  const part = await roomOf(c.env, workspaceId, conversation.id).start({
    workspaceId,
    conversationId: conversation.id,
    contactId: input.contact.id,
    first: { ...first, createdAt: conversation.createdAt },
    // Routing rules apply to every conversation a contact starts (CONTRACT §1), once.
    route: input.author.type === "user" ? { text: input.body, pageUrl: input.pageUrl } : null,
    away: input.author.type === "user" ? { schedules: await schedulesOf(c.db, workspaceId), timeZone: input.timeZone ?? null, hasEmail: Boolean(input.contact.email) } : null,
  });
  return { conversation, part };
}

/** A reply, note or action on an existing conversation; errors keep the REST error shape. */
export async function postPart(c: Ctx, workspaceId: number, conversationId: number, part: NewPart): Promise<Part> {
  if (part.partType === "comment" || part.partType === "note") requireBody(part.body, Boolean(part.attachments?.length));
  const result = await roomOf(c.env, workspaceId, conversationId).post(part);
  if (result.ok) return result.part;
  if (result.code === "not_found") throw new ApiError("not_found", "Conversation Not Found");
  throw new ApiError(result.code === "too_large" ? "request_too_large" : "parameter_invalid", result.message);
}

/** Upload receipts read into attachments, or a 403 when one is not this author's to attach here. */
export async function uploadsOrRefuse(c: Ctx, scope: AttachScope, receipts: readonly string[], author: NewPart["author"]["type"]) {
  const attachments = await readUploads(secretKeyText(c.env), receipts, scope, author);
  if (!attachments) throw new ApiError("forbidden", "attachments: a file was not uploaded here by you; attach it again.");
  return attachments;
}
