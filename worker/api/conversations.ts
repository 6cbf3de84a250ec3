import { z } from "zod";
import { adminById, adminsOf } from "../db/admins.ts";
import { contactByEmail, contactByExternalId, contactById, isContactId } from "../db/contacts.ts";
import { conversationById, conversationPage } from "../db/conversations.ts";
import type { Conversation } from "../db/schema.ts";
import { teamById } from "../db/teams.ts";
import { readJson } from "../http/body.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { clampPerPage, decodeCursor, encodeCursor, pagesOf } from "../http/pagination.ts";
import { postPart, startConversation } from "../conversation/service.ts";
import type { NewPart } from "../durable/rpc.ts";
import { roomOf } from "../durable/stubs.ts";
import { htmlToText } from "./bodyFormat.ts";
import { conversationFilter } from "./conversationSearch.ts";
import { CONVERSATION_PARTS_SHOWN, conversationView } from "./conversationViews.ts";
import { replyAttachmentFields, replyAttachments } from "./replyAttachments.ts";
import { withAbsoluteLinks } from "./replyFiles.ts";
import { MAX_ATTACHMENT_REQUEST_BYTES } from "../../shared/attachments.ts";
import { ratingOf, ratingsOf } from "../db/ratings.ts";
import { ratingView } from "../http/ratingView.ts";
import { tagsOfConversation, tagsOfConversations } from "../db/taggings.ts";
import { conversationTagsView } from "../http/tagViews.ts";

async function conversationOr404(c: AuthedCtx, raw: string): Promise<Conversation> {
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : NaN;
  const row = Number.isNaN(id) ? undefined : await conversationById(c.db, c.principal.workspaceId, id);
  if (!row) throw notFound("Conversation");
  return row;
}

async function fullView(c: AuthedCtx, id: number, request: Request) {
  const ws = c.principal.workspaceId;
  const [row, recent, admins] = await Promise.all([conversationById(c.db, ws, id), roomOf(c.env, ws, id).recent(null, CONVERSATION_PARTS_SHOWN), adminsOf(c.db, ws)]);
  if (!row || !recent) throw notFound("Conversation");
  const [contact, rating] = await Promise.all([contactById(c.db, ws, row.contactId), ratingOf(c.db, ws, row.id)]);
  const list = recent.parts.map((p) => withAbsoluteLinks(p, new URL(request.url).origin));
  const view = conversationView(row, contact, { list, total: recent.total, adminEmails: new Map(admins.map((a) => [String(a.id), a.email])) });
  return { ...view, conversation_rating: ratingView(rating, row.contactId), tags: conversationTagsView(await tagsOfConversation(c.db, ws, row.id)) };
}

async function adminAuthor(c: AuthedCtx, adminId: string | number): Promise<NewPart["author"]> {
  const admin = /^[0-9]{1,15}$/.test(String(adminId)) ? await adminById(c.db, c.principal.workspaceId, Number(adminId)) : undefined;
  if (!admin) throw new ApiError("parameter_invalid", "admin_id: no such admin in this workspace.");
  return { type: "admin", id: String(admin.id), name: admin.name };
}

const createBody = z.object({
  from: z.object({ type: z.enum(["user", "lead", "contact"]), id: z.string().min(1) }),
  body: z.string(),
  created_at: z.number().int().optional(),
});

export const createConversationRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  const contact = isContactId(body.from.id) ? await contactById(c.db, c.principal.workspaceId, body.from.id) : undefined;
  if (!contact) throw notFound("User");
  const text = htmlToText(body.body);
  const { conversation, part } = await startConversation(c, c.principal.workspaceId, {
    contact,
    author: { type: "user", id: contact.id, name: contact.name },
    body: text,
    clientId: null,
    pageUrl: null,
  });
  return Response.json({ type: "user_message", id: `${conversation.id}-${part.seq}`, created_at: part.created_at, body: body.body, message_type: "inapp", conversation_id: String(conversation.id) });
};

export const getConversationRoute: AuthedHandler = async (request, c) => {
  const row = await conversationOr404(c, param(request, "id"));
  return Response.json(await fullView(c, row.id, request));
};

function cursorOf(raw: string | undefined | null): { at: number; id: number } | undefined {
  if (!raw) return undefined;
  const decoded = decodeCursor(raw, (v) => /^[0-9]{1,12}:[0-9]{1,15}$/.test(v));
  if (!decoded) throw new ApiError("parameter_invalid", "starting_after is not a cursor this API issued.");
  const [at, id] = decoded.split(":").map(Number);
  return { at: at ?? 0, id: id ?? 0 };
}

async function listResponse(c: AuthedCtx, perPage: number, after: { at: number; id: number } | undefined, filter?: ReturnType<typeof conversationFilter>) {
  const page = await conversationPage(c.db, c.principal.workspaceId, { filter, after, perPage });
  const last = page.rows[page.rows.length - 1];
  const pages = pagesOf({ perPage, before: 0, total: page.total, nextAfter: page.hasMore && last ? `${last.lastPartAt}:${last.id}` : null });
  const ratings = await ratingsOf(c.db, c.principal.workspaceId, page.rows.map((r) => r.id));
  const tagged = await tagsOfConversations(c.db, c.principal.workspaceId, page.rows.map((r) => r.id));
  const contacts = new Map((await Promise.all([...new Set(page.rows.map((r) => r.contactId))].map((id) => contactById(c.db, c.principal.workspaceId, id)))).filter((x) => x !== undefined).map((x) => [x.id, x]));
  return Response.json({
    type: "conversation.list",
    conversations: page.rows.map((row) => ({ ...conversationView(row, contacts.get(row.contactId)), conversation_rating: ratingView(ratings.get(row.id), row.contactId), tags: conversationTagsView(tagged.get(row.id) ?? []) })),
    total_count: page.total,
    pages: { ...pages, next: pages.next && last ? { ...pages.next, starting_after: encodeCursor(`${last.lastPartAt}:${last.id}`) } : null },
  });
}

export const listConversationsRoute: AuthedHandler = async (request, c) =>
  listResponse(c, clampPerPage(Number(queryString(request, "per_page") ?? Number.NaN)), cursorOf(queryString(request, "starting_after")));

const searchBody = z.object({
  query: z.unknown(),
  pagination: z.object({ per_page: z.number().int().optional(), starting_after: z.string().nullable().optional() }).optional(),
});

export const searchConversationsRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, searchBody);
  if (body.query === undefined) throw new ApiError("parameter_not_found", "query is required.");
  return listResponse(c, clampPerPage(body.pagination?.per_page), cursorOf(body.pagination?.starting_after), conversationFilter(body.query));
};

const replyBody = z.discriminatedUnion("type", [
  z.object({ type: z.literal("admin"), message_type: z.enum(["comment", "note"]), admin_id: z.union([z.string(), z.number()]), body: z.string(), ...replyAttachmentFields }),
  z.object({
    type: z.literal("user"),
    message_type: z.literal("comment"),
    body: z.string(),
    ...replyAttachmentFields,
    intercom_user_id: z.string().optional(),
    user_id: z.string().optional(),
    email: z.string().optional(),
  }),
]);

export const replyRoute: AuthedHandler = async (request, c) => {
  const row = await conversationOr404(c, param(request, "id"));
  // The one REST route that takes files (CONTRACT §7): up to 15 MB instead of 64 KB.
  const body = await readJson(request, replyBody, MAX_ATTACHMENT_REQUEST_BYTES);
  const ws = c.principal.workspaceId;
  let part: NewPart;
  if (body.type === "admin") {
    part = { clientId: null, partType: body.message_type, author: await adminAuthor(c, body.admin_id), body: htmlToText(body.body), createdAt: c.now };
  } else {
    const contact = body.intercom_user_id
      ? isContactId(body.intercom_user_id) ? await contactById(c.db, ws, body.intercom_user_id) : undefined
      : body.user_id
        ? await contactByExternalId(c.db, ws, body.user_id)
        : body.email
          ? await contactByEmail(c.db, ws, body.email.toLowerCase())
          : undefined;
    if (!contact) throw notFound("User");
    if (contact.id !== row.contactId) throw new ApiError("forbidden", "This contact is not part of the conversation.");
    part = { clientId: null, partType: "comment", author: { type: "user", id: contact.id, name: contact.name }, body: htmlToText(body.body), createdAt: c.now };
  }
  const attachments = await replyAttachments(c, ws, row.id, body);
  await postPart(c, ws, row.id, attachments.length ? { ...part, attachments } : part);
  return Response.json(await fullView(c, row.id, request));
};

const partsBody = z.discriminatedUnion("message_type", [
  z.object({ message_type: z.literal("close"), admin_id: z.union([z.string(), z.number()]), body: z.string().optional() }),
  z.object({ message_type: z.literal("open"), admin_id: z.union([z.string(), z.number()]) }),
  z.object({ message_type: z.literal("snoozed"), admin_id: z.union([z.string(), z.number()]), snoozed_until: z.number().int() }),
  z.object({
    message_type: z.literal("assignment"),
    type: z.enum(["admin", "team"]),
    admin_id: z.union([z.string(), z.number()]),
    assignee_id: z.union([z.string(), z.number()]),
    body: z.string().optional(),
  }),
]);

export const partsRoute: AuthedHandler = async (request, c) => {
  const row = await conversationOr404(c, param(request, "id"));
  const body = await readJson(request, partsBody);
  const author = await adminAuthor(c, body.admin_id);
  const base = { clientId: null, author, createdAt: c.now };
  let part: NewPart;
  switch (body.message_type) {
    case "close":
      part = { ...base, partType: "close", body: htmlToText(body.body ?? "") };
      break;
    case "open":
      part = { ...base, partType: "open", body: "" };
      break;
    case "snoozed":
      if (body.snoozed_until <= c.now) throw new ApiError("parameter_invalid", "snoozed_until must be in the future.");
      part = { ...base, partType: "snoozed", body: "", snoozedUntil: body.snoozed_until };
      break;
    case "assignment":
      part = { ...base, partType: "assignment", body: htmlToText(body.body ?? ""), assignedTo: await assignee(c, body.type, String(body.assignee_id)) };
      break;
  }
  await postPart(c, c.principal.workspaceId, row.id, part);
  return Response.json(await fullView(c, row.id, request));
};

/** Intercom unassigns with assignee_id "0". */
async function assignee(c: AuthedCtx, type: "admin" | "team", id: string): Promise<NewPart["assignedTo"]> {
  if (id === "0") return null;
  const numeric = /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : NaN;
  const found = Number.isNaN(numeric)
    ? undefined
    : type === "admin"
      ? await adminById(c.db, c.principal.workspaceId, numeric)
      : await teamById(c.db, c.principal.workspaceId, numeric);
  if (!found) throw new ApiError("parameter_invalid", `assignee_id: no such ${type} in this workspace.`);
  return { type, id: String(found.id), name: found.name };
}
