import { z } from "zod";

// Intercom's objects as lines of Parley's import (`POST /api/import?source=`, docs/portability.md).
// Ids stay the source's: the server maps them. A conversation becomes the import's all-parts line:
// Intercom's `source` (the first message) is its first part.

type Line = Record<string, unknown> & { type: string };

const id = z.union([z.string(), z.number()]).transform(String);
const obj = z.looseObject({ id });

/** Any object with an id, as the import line of `type`; null for what has no id. */
export function plainLine(type: string, value: unknown): Line | null {
  const parsed = obj.safeParse(value);
  return parsed.success ? { ...parsed.data, type } : null;
}

const noteShape = z.looseObject({ id, body: z.string().nullish(), created_at: z.number(), author: z.looseObject({ id }).nullish() });

export function noteLine(value: unknown, contactId: string): Line | null {
  const parsed = noteShape.safeParse(value);
  if (!parsed.success) return null;
  const n = parsed.data;
  return { type: "note", id: n.id, body: n.body ?? "", created_at: n.created_at, author: n.author ? { id: n.author.id } : null, contact: { id: contactId } };
}

export const linkLine = (contactId: string, company: unknown): Line | null => {
  const parsed = obj.safeParse(company);
  return parsed.success ? { type: "contact_company", contact_id: contactId, company_id: parsed.data.id } : null;
};

/** Intercom's part types that Parley has, by Intercom name; the others are left out and counted. */
const PART_TYPES: Record<string, string> = {
  comment: "comment",
  note: "note",
  note_and_reopen: "note",
  assignment: "assignment",
  default_assignment: "assignment",
  away_mode_assignment: "assignment",
  assign_and_reopen: "assignment",
  assign_and_unsnooze: "assignment",
  open: "open",
  unsnoozed: "open",
  timer_unsnooze: "open",
  close: "close",
  snoozed: "snoozed",
};

const who = z.looseObject({ type: z.string(), id, name: z.string().nullish() });
const upload = z.object({ type: z.literal("upload"), name: z.string(), url: z.string(), content_type: z.string(), filesize: z.number() });
const attachments = z.array(z.unknown()).nullish().transform((list) => (list ?? []).flatMap((a) => {
  const parsed = upload.safeParse(a);
  return parsed.success ? [parsed.data] : [];
}));
const part = z.looseObject({
  part_type: z.string(),
  body: z.string().nullish(),
  created_at: z.number(),
  author: who,
  assigned_to: z.looseObject({ type: z.string(), id }).nullish(),
  attachments,
  external_id: z.string().nullish(),
});
const conversation = z.looseObject({
  id,
  created_at: z.number(),
  state: z.enum(["open", "closed", "snoozed"]).optional(),
  open: z.boolean().optional(),
  snoozed_until: z.number().nullish(),
  waiting_since: z.number().nullish(),
  admin_assignee_id: id.nullish(),
  source: z.looseObject({ body: z.string().nullish(), author: who, attachments, url: z.string().nullish() }),
  contacts: z.looseObject({ contacts: z.array(z.looseObject({ id })) }),
  tags: z.looseObject({ tags: z.array(z.looseObject({ id })) }).nullish(),
  conversation_rating: z.looseObject({ rating: z.number().int().min(1).max(5).nullish(), remark: z.string().nullish(), created_at: z.number().nullish(), teammate: z.looseObject({ id }).nullish() }).nullish(),
  conversation_parts: z.looseObject({ conversation_parts: z.array(z.unknown()) }).nullish(),
});

export interface ConvertedConversation {
  line: Line | null;
  /** Why the conversation could not be converted, or the part types left out of it. */
  problem: string | null;
  skipped: string[];
}

export function conversationLine(value: unknown): ConvertedConversation {
  const parsed = conversation.safeParse(value);
  if (!parsed.success) return { line: null, problem: z.prettifyError(parsed.error).replaceAll("\n", " "), skipped: [] };
  const c = parsed.data;
  const contact = c.contacts.contacts[0];
  if (!contact) return { line: null, problem: "it has no contact.", skipped: [] };
  const skipped: string[] = [];
  const first = { part_type: "comment", body: c.source.body ?? "", created_at: c.created_at, author: c.source.author, attachments: c.source.attachments, external_id: null };
  const rest = (c.conversation_parts?.conversation_parts ?? []).flatMap((raw) => {
    const p = part.safeParse(raw);
    const type = p.success ? PART_TYPES[p.data.part_type] : undefined;
    if (!p.success || !type) {
      skipped.push(p.success ? p.data.part_type : "unreadable");
      return [];
    }
    return [{ part_type: type, body: p.data.body ?? null, created_at: p.data.created_at, author: p.data.author, assigned_to: p.data.assigned_to ?? null, attachments: p.data.attachments, external_id: p.data.external_id ?? null }];
  });
  const rating = c.conversation_rating;
  return {
    problem: null,
    skipped,
    line: {
      type: "conversation",
      id: c.id,
      created_at: c.created_at,
      state: c.state ?? (c.open === false ? "closed" : "open"),
      snoozed_until: c.snoozed_until ?? null,
      waiting_since: c.waiting_since ?? null,
      admin_assignee_id: c.admin_assignee_id ?? null,
      team_assignee_id: null,
      source: { url: c.source.url ?? null },
      contacts: { contacts: [{ id: contact.id }] },
      tags: { tags: (c.tags?.tags ?? []).map((t) => ({ id: t.id })) },
      conversation_rating: rating?.rating ? { rating: rating.rating, remark: rating.remark ?? null, created_at: rating.created_at ?? c.created_at, teammate: rating.teammate ? { id: rating.teammate.id } : null } : null,
      conversation_parts: { conversation_parts: [first, ...rest] },
    },
  };
}
