import { z } from "zod";
import { attachment } from "../../shared/attachments.ts";
import { PART_TYPES, type Part } from "../../shared/protocol.ts";
import { foreignIds, portableTable, rawUpsert, rawWhereIn, type Raw } from "../db/portable.ts";
import { adminDirectory, contactsByIds, conversationsAfter } from "../db/portableQueries.ts";
import { ratingsOf } from "../db/ratings.ts";
import { conversationRatings, conversations, conversationTags } from "../db/schema.ts";
import { tagsOfConversations } from "../db/taggings.ts";
import type { RoomMeta } from "../durable/rpc.ts";
import { roomOf } from "../durable/stubs.ts";
import { ratingView } from "../http/ratingView.ts";
import { conversationTagsView } from "../http/tagViews.ts";
import { htmlToText } from "./bodyFormat.ts";
import { conversationView, partView } from "./conversationViews.ts";
import { lineError, PAGE, type LineError, type PortCtx, type Section } from "./exportSection.ts";

// A conversation is one line: Intercom's Conversation object with every part, the first included,
// in `conversation_parts`. Parts live in the conversation's room; the import writes them back there
// and the D1 list row from what the room answers, so the inbox, the messenger and the next seq agree.

const LOG_PAGE = 1000;
const T = { conversations: portableTable(conversations), ratings: portableTable(conversationRatings), tags: portableTable(conversationTags) };

async function wholeLog(x: PortCtx, id: number): Promise<{ meta: RoomMeta; parts: Part[] } | null> {
  const room = roomOf(x.env, x.workspaceId, id);
  const first = await room.log(0, LOG_PAGE);
  if (!first) return null;
  const parts = [...first.parts];
  let page = first.parts;
  while (page.length === LOG_PAGE) {
    page = (await room.log(parts[parts.length - 1]?.seq ?? 0, LOG_PAGE))?.parts ?? [];
    parts.push(...page);
  }
  return { meta: first.meta, parts };
}

async function exportTo(x: PortCtx, write: (line: object) => Promise<void>): Promise<void> {
  const emails = new Map((await adminDirectory(x.db, x.workspaceId)).map((a) => [String(a.id), a.email]));
  for (let after = 0; ; ) {
    const rows = await conversationsAfter(x.db, x.workspaceId, after, PAGE);
    const ids = rows.map((r) => r.id);
    const [contacts, ratings, tagged] = await Promise.all([
      contactsByIds(x.db, x.workspaceId, [...new Set(rows.map((r) => r.contactId))]),
      ratingsOf(x.db, x.workspaceId, ids),
      tagsOfConversations(x.db, x.workspaceId, ids),
    ]);
    const byId = new Map(contacts.map((c) => [c.id, c]));
    for (const row of rows) {
      const log = await wholeLog(x, row.id);
      if (!log) continue;
      const contact = byId.get(row.contactId);
      const rating = ratings.get(row.id);
      const parts = log.parts.map((p) => ({
        ...partView(row.id, p, contact, emails),
        parley: { seq: p.seq, text: p.body, author_name: p.author.name, assigned_to: p.assigned_to ?? null, snoozed_until: p.snoozed_until ?? null },
      }));
      await write({
        ...conversationView(row, contact),
        conversation_rating: ratingView(rating, row.contactId),
        tags: conversationTagsView(tagged.get(row.id) ?? []),
        conversation_parts: { type: "conversation_part.list", conversation_parts: parts, total_count: parts.length },
        parley: {
          read_seq: { user: log.meta.readUser, admin: log.meta.readAdmin },
          first_admin_reply_at: log.meta.firstAdminReplyAt,
          closed_at: log.meta.closedAt,
          rating_team_id: rating?.teamId ?? null,
        },
      });
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

const id = z.union([z.string().regex(/^[1-9][0-9]{0,15}$/), z.number().int().positive()]).transform(Number);
const optionalId = z.union([id, z.null()]).default(null);
const assignee = z.object({ type: z.enum(["admin", "team"]), id: z.coerce.string(), name: z.string().nullable().default(null) }).nullable();

const partLine = z.object({
  part_type: z.enum(PART_TYPES),
  body: z.string().nullable().default(null),
  created_at: z.number().int(),
  author: z.object({ type: z.string(), id: z.coerce.string(), name: z.string().nullable().default(null) }),
  assigned_to: assignee.optional(),
  attachments: z.array(attachment).default([]),
  external_id: z.string().nullable().default(null),
  parley: z
    .object({ seq: z.number().int().positive(), text: z.string(), author_name: z.string().nullable(), assigned_to: assignee, snoozed_until: z.number().int().nullable() })
    .partial()
    .optional(),
});

const conversationLine = z.object({
  id,
  created_at: z.number().int(),
  state: z.enum(["open", "closed", "snoozed"]),
  snoozed_until: z.number().int().nullable().default(null),
  waiting_since: z.number().int().nullable().default(null),
  admin_assignee_id: optionalId,
  team_assignee_id: optionalId,
  source: z.object({ url: z.string().nullable().default(null) }).default({ url: null }),
  contacts: z.object({ contacts: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{24}$/) })).min(1) }),
  tags: z.object({ tags: z.array(z.object({ id })) }).default({ tags: [] }),
  conversation_rating: z
    .object({ rating: z.number().int().min(1).max(5), remark: z.string().nullable().default(null), created_at: z.number().int(), teammate: z.object({ id }).nullable().default(null) })
    .nullable()
    .default(null),
  conversation_parts: z.object({ conversation_parts: z.array(partLine).min(1) }),
  parley: z
    .object({ read_seq: z.object({ user: z.number().int(), admin: z.number().int() }), first_admin_reply_at: z.number().int().nullable(), closed_at: z.number().int().nullable(), rating_team_id: z.number().int().nullable() })
    .partial()
    .default({}),
});

type ConversationLine = z.infer<typeof conversationLine>;

function toPart(p: z.infer<typeof partLine>, index: number): Part | string {
  const type = p.author.type === "admin" || p.author.type === "bot" ? p.author.type : ["user", "lead", "contact"].includes(p.author.type) ? "user" : null;
  if (!type) return `part ${index + 1}: author type ${p.author.type} is not user, lead, contact, admin or bot.`;
  const part: Part = {
    seq: p.parley?.seq ?? index + 1,
    client_id: p.external_id,
    part_type: p.part_type,
    author: { type, id: p.author.id, name: p.parley?.author_name !== undefined ? p.parley.author_name : p.author.name },
    body: p.parley?.text ?? htmlToText(p.body ?? ""),
    created_at: p.created_at,
  };
  const assigned = p.parley?.assigned_to !== undefined ? p.parley.assigned_to : p.assigned_to;
  if (p.part_type === "assignment" || assigned) part.assigned_to = assigned ?? null;
  if (p.part_type === "snoozed") part.snoozed_until = p.parley?.snoozed_until ?? null;
  if (p.attachments.length > 0) part.attachments = p.attachments;
  return part;
}

async function importOne(x: PortCtx, v: ConversationLine, contactIds: Set<string>): Promise<string | null> {
  const contactId = v.contacts.contacts[0]?.id ?? "";
  if (!contactIds.has(contactId)) return `contact ${contactId} is not in this workspace (contacts come before their conversations).`;
  const parts: Part[] = [];
  for (const [i, p] of v.conversation_parts.conversation_parts.entries()) {
    const part = toPart(p, i);
    if (typeof part === "string") return part;
    parts.push(part);
  }
  const last = parts.reduce((max, p) => Math.max(max, p.seq), 0);
  const meta: RoomMeta = {
    workspaceId: x.workspaceId, conversationId: v.id, contactId, state: v.state, snoozedUntil: v.snoozed_until,
    adminAssigneeId: v.admin_assignee_id, teamAssigneeId: v.team_assignee_id, createdAt: v.created_at,
    readUser: v.parley.read_seq?.user ?? last, readAdmin: v.parley.read_seq?.admin ?? last, waitingSince: v.waiting_since,
    firstAdminReplyAt: v.parley.first_admin_reply_at ?? null, closedAt: v.parley.closed_at ?? null,
  };
  const fields = await roomOf(x.env, x.workspaceId, v.id).restore(meta, parts);
  const first = parts[0];
  if (!fields || !first) return "a conversation needs at least one part.";
  const row: Raw = {
    id: v.id, workspace_id: x.workspaceId, contact_id: contactId, state: fields.state, snoozed_until: fields.snoozedUntil,
    admin_assignee_id: fields.adminAssigneeId, team_assignee_id: fields.teamAssigneeId, source_author_type: first.author.type === "user" ? "user" : "admin",
    source_author_id: first.author.id, source_body: first.body, page_url: v.source.url, created_at: v.created_at, updated_at: fields.updatedAt,
    waiting_since: fields.waitingSince, first_admin_reply_at: fields.firstAdminReplyAt, closed_at: fields.closedAt, last_seq: fields.lastSeq,
    last_part_at: fields.lastPartAt, last_part_author_type: fields.lastPartAuthorType, last_part_preview: fields.lastPartPreview,
    parts_count: fields.partsCount, unread_by_user: fields.unreadByUser, unread_by_admin: fields.unreadByAdmin, source_client_id: first.client_id,
    contact_replied_at: fields.contactRepliedAt,
  };
  const written = await rawUpsert(x.db, T.conversations, [row]);
  if (written.length === 0) return `id ${v.id} belongs to another workspace.`;
  const rating = v.conversation_rating;
  if (rating) {
    await rawUpsert(x.db, T.ratings, [
      { conversation_id: v.id, workspace_id: x.workspaceId, rating: rating.rating, remark: rating.remark, admin_id: rating.teammate?.id ?? null, team_id: v.parley.rating_team_id ?? null, created_at: rating.created_at },
    ]);
  }
  const tags = v.tags.tags.map((t) => ({ workspace_id: x.workspaceId, conversation_id: v.id, tag_id: t.id, admin_id: null, created_at: v.created_at }));
  await rawUpsert(x.db, { ...T.tags, keys: ["conversation_id", "tag_id"] }, tags, true);
  return null;
}

export const conversationSection: Section = {
  type: "conversation",
  exportTo,
  async importBatch(x, lines) {
    const errors: LineError[] = [];
    const valid = lines.flatMap((line) => {
      const parsed = conversationLine.safeParse(line.value);
      if (!parsed.success) errors.push(lineError(line, "conversation", z.prettifyError(parsed.error).replaceAll("\n", " ")));
      return parsed.success ? [{ line, v: parsed.data }] : [];
    });
    const foreign = await foreignIds(x.db, "conversations", x.workspaceId, valid.map((c) => c.v.id));
    const wanted = [...new Set(valid.map((c) => c.v.contacts.contacts[0]?.id ?? ""))];
    const contactIds = new Set((await rawWhereIn(x.db, "contacts", x.workspaceId, "id", wanted, "id")).map((r) => String(r.id)));
    for (const { line, v } of valid) {
      const problem = foreign.has(String(v.id)) ? `id ${v.id} belongs to another workspace.` : await importOne(x, v, contactIds);
      if (problem) errors.push(lineError(line, "conversation", problem));
    }
    return errors;
  },
};
