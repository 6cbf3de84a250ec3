import { z } from "zod";
import { contactsAfter } from "../db/portableQueries.ts";
import { foreignIds, portableTable, rawPage, rawUpsert, rawWhereIn, type Raw } from "../db/portable.ts";
import { contactNotes, contacts, contactTags, tags, teamMembers, teams } from "../db/schema.ts";
import { contactView } from "../http/views.ts";
import { lineError, PAGE, type Line, type LineError, type PortCtx, type Section } from "./exportSection.ts";
import { upsertExplained } from "./exportUpsert.ts";

// Tags, teams, contacts and their notes, as the REST API shapes them; what REST leaves out and a
// restore needs rides in a `parley` object.

const T = {
  tags: portableTable(tags),
  teams: portableTable(teams),
  members: portableTable(teamMembers),
  contacts: portableTable(contacts),
  contactTags: portableTable(contactTags),
  notes: portableTable(contactNotes),
};

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const idString = z.union([z.string().regex(/^[1-9][0-9]{0,15}$/), z.number().int().positive()]).transform(Number);

async function eachPage(x: PortCtx, t: (typeof T)[keyof typeof T], visit: (rows: Raw[]) => Promise<void>): Promise<void> {
  let after: (string | number)[] | null = null;
  for (;;) {
    const rows = await rawPage(x.db, t, x.workspaceId, after, PAGE);
    await visit(rows);
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = t.keys.map((k) => last[k] ?? 0);
  }
}

/** Validates each line, keeps the valid rows, names the others. */
function rowsOf<S extends z.ZodType>(type: string, schema: S, lines: Line[], toRow: (v: z.infer<S>, line: Line) => Raw): { items: { line: Line; row: Raw }[]; errors: LineError[] } {
  const items: { line: Line; row: Raw }[] = [];
  const errors: LineError[] = [];
  for (const line of lines) {
    const parsed = schema.safeParse(line.value);
    if (parsed.success) items.push({ line, row: toRow(parsed.data, line) });
    else errors.push(lineError(line, type, z.prettifyError(parsed.error).replaceAll("\n", " ")));
  }
  return { items, errors };
}

async function withoutForeign(x: PortCtx, table: string, type: string, r: { items: { line: Line; row: Raw }[]; errors: LineError[] }) {
  const foreign = await foreignIds(x.db, table, x.workspaceId, r.items.map((i) => i.row.id ?? 0));
  for (const i of r.items) if (foreign.has(String(i.row.id))) r.errors.push(lineError(i.line, type, `id ${i.row.id} belongs to another workspace.`));
  return r.items.filter((i) => !foreign.has(String(i.row.id)));
}

const tagLine = z.object({ id: idString, name: z.string().min(1), created_at: z.number().int().optional() });

export const tagSection: Section = {
  type: "tag",
  exportTo: (x, write) => eachPage(x, T.tags, async (rows) => {
    for (const r of rows) await write({ type: "tag", id: String(r.id), name: r.name, created_at: r.created_at });
  }),
  async importBatch(x, lines) {
    const r = rowsOf("tag", tagLine, lines, (v) => ({ id: v.id, workspace_id: x.workspaceId, name: v.name, created_at: v.created_at ?? 0 }));
    return [...r.errors, ...(await upsertExplained(x.db, T.tags, "tag", await withoutForeign(x, "tags", "tag", r)))];
  },
};

const teamLine = z.object({ id: idString, name: z.string().min(1), admin_ids: z.array(idString).default([]), created_at: z.number().int().optional() });

export const teamSection: Section = {
  type: "team",
  exportTo: (x, write) => eachPage(x, T.teams, async (rows) => {
    const members = await rawWhereIn(x.db, "team_members", x.workspaceId, "team_id", rows.map((r) => num(r.id)), "admin_id");
    for (const r of rows) {
      const ids = members.filter((m) => m.team_id === r.id).map((m) => String(m.admin_id));
      await write({ type: "team", id: String(r.id), name: r.name, admin_ids: ids, admin_priority_level: { primary_admin_ids: ids, secondary_admin_ids: [] }, created_at: r.created_at });
    }
  }),
  async importBatch(x, lines) {
    const r = rowsOf("team", teamLine, lines, (v) => ({ id: v.id, workspace_id: x.workspaceId, name: v.name, created_at: v.created_at ?? 0 }));
    const items = await withoutForeign(x, "teams", "team", r);
    const errors = [...r.errors, ...(await upsertExplained(x.db, T.teams, "team", items))];
    const admins = new Set((await rawWhereIn(x.db, "admins", x.workspaceId, "workspace_id", [x.workspaceId], "id")).map((a) => Number(a.id)));
    const members: Raw[] = [];
    for (const i of items) {
      const parsed = teamLine.safeParse(i.line.value);
      for (const adminId of parsed.success ? parsed.data.admin_ids : []) if (admins.has(adminId)) members.push({ workspace_id: x.workspaceId, team_id: num(i.row.id), admin_id: adminId });
    }
    await rawUpsert(x.db, T.members, members);
    return errors;
  },
};

const contactLine = z.object({
  id: z.string().regex(/^[0-9a-f]{24}$/),
  role: z.enum(["user", "lead"]),
  external_id: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
  name: z.string().nullable().default(null),
  phone: z.string().nullable().default(null),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  signed_up_at: z.number().int().nullable().default(null),
  last_seen_at: z.number().int().nullable().default(null),
  web_sessions: z.number().int().default(0),
  unsubscribed_from_emails: z.boolean().default(false),
  custom_attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  tags: z.object({ data: z.array(z.object({ id: idString })) }).optional(),
  parley: z.object({ email_verified: z.boolean(), verified_at: z.number().int().nullable(), last_page_url: z.string().nullable() }).partial().optional(),
});

export const contactSection: Section = {
  type: "contact",
  async exportTo(x, write) {
    for (let after = "";;) {
      const rows = await contactsAfter(x.db, x.workspaceId, after, PAGE);
      const tagged = await rawWhereIn(x.db, "contact_tags", x.workspaceId, "contact_id", rows.map((r) => r.id), "contact_id, tag_id");
      const names = new Map((await rawWhereIn(x.db, "tags", x.workspaceId, "id", [...new Set(tagged.map((t) => num(t.tag_id)))], "id")).map((t) => [num(t.id), t]));
      for (const c of rows) {
        const own = tagged.filter((t) => t.contact_id === c.id).flatMap((t) => {
          const tag = names.get(num(t.tag_id));
          return tag ? [{ id: num(tag.id), workspaceId: x.workspaceId, name: str(tag.name) ?? "", createdAt: num(tag.created_at) }] : [];
        });
        const { workspace_id: _workspace, ...view } = contactView(c, own);
        await write({ ...view, parley: { email_verified: c.emailVerified, verified_at: c.verifiedAt, last_page_url: c.lastPageUrl } });
      }
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return;
      after = last.id;
    }
  },
  async importBatch(x, lines) {
    const r = rowsOf("contact", contactLine, lines, (v) => ({
      id: v.id, workspace_id: x.workspaceId, role: v.role, external_id: v.external_id, email: v.email, name: v.name, phone: v.phone,
      signed_up_at: v.signed_up_at, last_seen_at: v.last_seen_at, web_sessions: v.web_sessions, unsubscribed_from_emails: v.unsubscribed_from_emails ? 1 : 0,
      custom_attributes: JSON.stringify(v.custom_attributes), created_at: v.created_at, updated_at: v.updated_at,
      last_page_url: v.parley?.last_page_url ?? null, verified_at: v.parley?.verified_at ?? null, email_verified: (v.parley?.email_verified ?? v.email !== null) ? 1 : 0,
    }));
    const items = await withoutForeign(x, "contacts", "contact", r);
    const errors = [...r.errors, ...(await upsertExplained(x.db, T.contacts, "contact", items))];
    const failed = new Set(errors.map((e) => e.line));
    const known = new Set((await rawWhereIn(x.db, "tags", x.workspaceId, "workspace_id", [x.workspaceId], "id")).map((t) => num(t.id)));
    const taggings: Raw[] = [];
    for (const i of items) {
      if (failed.has(i.line.n)) continue;
      const parsed = contactLine.safeParse(i.line.value);
      for (const tag of parsed.success ? (parsed.data.tags?.data ?? []) : []) {
        if (known.has(tag.id)) taggings.push({ workspace_id: x.workspaceId, contact_id: String(i.row.id), tag_id: tag.id, created_at: num(i.row.updated_at) });
      }
    }
    await rawUpsert(x.db, { ...T.contactTags, keys: ["contact_id", "tag_id"] }, taggings, true);
    return errors;
  },
};

const noteLine = z.object({
  id: idString,
  body: z.string(),
  created_at: z.number().int(),
  author: z.object({ id: idString }),
  contact: z.object({ id: z.string().regex(/^[0-9a-f]{24}$/) }),
});

export const noteSection: Section = {
  type: "note",
  exportTo: (x, write) => eachPage(x, T.notes, async (rows) => {
    for (const r of rows) {
      await write({ type: "note", id: String(r.id), body: r.body, created_at: r.created_at, author: { type: "admin", id: String(r.admin_id) }, contact: { type: "contact", id: r.contact_id } });
    }
  }),
  async importBatch(x, lines) {
    const r = rowsOf("note", noteLine, lines, (v) => ({ id: v.id, workspace_id: x.workspaceId, contact_id: v.contact.id, admin_id: v.author.id, body: v.body, created_at: v.created_at }));
    return [...r.errors, ...(await upsertExplained(x.db, T.notes, "note", await withoutForeign(x, "contact_notes", "note", r)))];
  },
};
