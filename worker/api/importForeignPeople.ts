import { z } from "zod";
import { contactCompanies, companies, contactNotes, tags } from "../db/schema.ts";
import { portableTable, rawWhereIn, type Raw } from "../db/portable.ts";
import { claimIds, insertMapped, mappedIds } from "../db/portableIds.ts";
import { adminDirectory } from "../db/portableQueries.ts";
import { newContactId } from "../db/contacts.ts";
import { htmlToText } from "./bodyFormat.ts";
import { lineError, type Line, type LineError } from "./exportSection.ts";
import { upsertExplained } from "./exportUpsert.ts";
import { flatAttributes, messageOf, nowSeconds, parseAll, scopeOf, sourceId, type ForeignCtx, type Translate } from "./importForeignKit.ts";

// Admins, tags, companies, contacts, notes and contact–company links from another account: each
// source id is looked up in the id map, else matched to a local object by its natural key (an
// admin's email, a tag's name, a company's company_id, a contact's external_id), else created.

const T = { tags: portableTable(tags), companies: portableTable(companies), notes: portableTable(contactNotes), links: portableTable(contactCompanies) };

/** Source admins become the local admin with the same email, else the admin running the import. */
export const translateAdmins: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("admin", z.object({ id: sourceId, email: z.string().nullish() }), lines);
  const local = new Map((await adminDirectory(x.db, x.workspaceId)).map((a) => [a.email.toLowerCase(), String(a.id)]));
  const pairs = valid.map(({ v }) => ({ sourceId: v.id, localId: (v.email ? local.get(v.email.toLowerCase()) : undefined) ?? String(x.adminId) }));
  await claimIds(x.db, scopeOf(x, "admin"), pairs, true);
  return { lines: [], errors };
};

/** Matches unmapped source ids to local rows sharing a natural key, then creates the rest one by one. */
async function mapOrCreate<V extends { id: string }>(
  x: ForeignCtx,
  type: string,
  valid: { line: Line; v: V }[],
  match: { table: string; column: string; keyOf: (v: V) => string | null } | null,
  create: (v: V) => { table: ReturnType<typeof portableTable>; row: Raw },
): Promise<{ ids: Map<string, string>; errors: LineError[] }> {
  const scope = scopeOf(x, type);
  const ids = await mappedIds(x.db, scope, valid.map(({ v }) => v.id));
  const errors: LineError[] = [];
  const unmapped = valid.filter(({ v }) => !ids.has(v.id));
  if (match && unmapped.length > 0) {
    const keys = unmapped.flatMap(({ v }) => match.keyOf(v) ?? []);
    const rows = await rawWhereIn(x.db, match.table, x.workspaceId, match.column, keys, "id");
    const byKey = new Map(rows.map((r) => [String(r[match.column]), String(r.id)]));
    const pairs = unmapped.flatMap(({ v }) => {
      const local = byKey.get(match.keyOf(v) ?? "");
      return local ? [{ sourceId: v.id, localId: local }] : [];
    });
    for (const [k, local] of await claimIds(x.db, scope, pairs)) ids.set(k, local);
  }
  for (const { line, v } of valid) {
    if (ids.has(v.id)) continue;
    const { table, row } = create(v);
    try {
      ids.set(v.id, await insertMapped(x.db, scope, table, v.id, row));
    } catch (error) {
      errors.push(lineError(line, type, messageOf(error)));
    }
  }
  return { ids, errors };
}

const tagLine = z.object({ id: sourceId, name: z.string().trim().min(1) });

/** A tag is mapped once and never rewritten: a local rename stays. */
export const translateTags: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("tag", tagLine, lines);
  const made = await mapOrCreate(x, "tag", valid, { table: "tags", column: "name", keyOf: (v) => v.name }, (v) => ({
    table: T.tags,
    row: { workspace_id: x.workspaceId, name: v.name, created_at: nowSeconds() },
  }));
  return { lines: [], errors: [...errors, ...made.errors] };
};

const companyLine = z.object({
  id: sourceId,
  company_id: z.string().min(1),
  name: z.string().nullish(),
  // Intercom answers {type:"plan", id, name}; Parley a string.
  plan: z.union([z.string(), z.object({ name: z.string().nullish() }).transform((p) => p.name ?? null)]).nullish(),
  size: z.number().int().nullish(),
  website: z.string().nullish(),
  industry: z.string().nullish(),
  monthly_spend: z.number().nullish(),
  remote_created_at: z.number().int().nullish(),
  custom_attributes: z.record(z.string(), z.unknown()).optional(),
  created_at: z.number().int().nullish(),
  updated_at: z.number().int().nullish(),
});

export const translateCompanies: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("company", companyLine, lines);
  const rowOf = (v: z.infer<typeof companyLine>): Raw => ({
    workspace_id: x.workspaceId, company_id: v.company_id, name: v.name ?? null, plan: v.plan ?? null, size: v.size ?? null, website: v.website ?? null,
    industry: v.industry ?? null, monthly_spend: v.monthly_spend ?? 0, remote_created_at: v.remote_created_at ?? null,
    custom_attributes: JSON.stringify(flatAttributes(v.custom_attributes)), created_at: v.created_at ?? nowSeconds(), updated_at: v.updated_at ?? nowSeconds(),
  });
  const made = await mapOrCreate(x, "company", valid, { table: "companies", column: "company_id", keyOf: (v) => v.company_id }, (v) => ({ table: T.companies, row: rowOf(v) }));
  const items = valid.flatMap(({ line, v }) => {
    const local = made.ids.get(v.id);
    return local ? [{ line, row: { ...rowOf(v), id: Number(local) } }] : [];
  });
  return { lines: [], errors: [...errors, ...made.errors, ...(await upsertExplained(x.db, T.companies, "company", items))] };
};

const contactRef = z.looseObject({
  id: sourceId,
  external_id: z.string().nullish(),
  custom_attributes: z.record(z.string(), z.unknown()).optional(),
  tags: z.object({ data: z.array(z.object({ id: sourceId })) }).optional(),
});

/** Contacts get a local id (or their match's, by external_id), then go through the export's own contact section. */
export const translateContacts: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("contact", contactRef, lines);
  const scope = scopeOf(x, "contact");
  const ids = await mappedIds(x.db, scope, valid.map(({ v }) => v.id));
  const unmapped = valid.filter(({ v }) => !ids.has(v.id));
  const externals = unmapped.flatMap(({ v }) => v.external_id ?? []);
  const byExternal = new Map((await rawWhereIn(x.db, "contacts", x.workspaceId, "external_id", externals, "id")).map((r) => [String(r.external_id), String(r.id)]));
  const pairs = unmapped.map(({ v }) => ({ sourceId: v.id, localId: (v.external_id ? byExternal.get(v.external_id) : undefined) ?? newContactId(nowSeconds()) }));
  for (const [k, local] of await claimIds(x.db, scope, pairs)) ids.set(k, local);
  const tagIds = await mappedIds(x.db, scopeOf(x, "tag"), valid.flatMap(({ v }) => v.tags?.data.map((t) => t.id) ?? []));
  const native = valid.flatMap(({ line, v }) => {
    const local = ids.get(v.id);
    if (!local) return [];
    const tagged = (v.tags?.data ?? []).flatMap((t) => tagIds.get(t.id) ?? []).map((id) => ({ id }));
    return [{ n: line.n, value: { ...v, type: "contact", id: local, custom_attributes: flatAttributes(v.custom_attributes), tags: { data: tagged } } }];
  });
  return { lines: native, errors };
};

/** The local contact ids of source contacts, and an error for each line whose contact is not imported. */
export async function contactsOf(x: ForeignCtx, type: string, wanted: { line: Line; contactId: string }[]): Promise<{ ids: Map<string, string>; errors: LineError[] }> {
  const ids = await mappedIds(x.db, scopeOf(x, "contact"), wanted.map((w) => w.contactId));
  const errors = wanted.filter((w) => !ids.has(w.contactId)).map((w) => lineError(w.line, type, `contact ${w.contactId} is not imported (contacts come first).`));
  return { ids, errors };
}

const noteLine = z.object({ id: sourceId, body: z.string(), created_at: z.number().int(), author: z.object({ id: sourceId }).nullish(), contact: z.object({ id: sourceId }) });

export const translateNotes: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("note", noteLine, lines);
  const contacts = await contactsOf(x, "note", valid.map(({ line, v }) => ({ line, contactId: v.contact.id })));
  const admins = await mappedIds(x.db, scopeOf(x, "admin"), valid.flatMap(({ v }) => v.author?.id ?? []));
  const ready = valid.filter(({ v }) => contacts.ids.has(v.contact.id));
  const rowOf = (v: z.infer<typeof noteLine>): Raw => ({
    workspace_id: x.workspaceId, contact_id: contacts.ids.get(v.contact.id) ?? "", admin_id: Number((v.author ? admins.get(v.author.id) : undefined) ?? x.adminId),
    body: htmlToText(v.body) || v.body, created_at: v.created_at,
  });
  const made = await mapOrCreate(x, "note", ready, null, (v) => ({ table: T.notes, row: rowOf(v) }));
  const items = ready.flatMap(({ line, v }) => {
    const local = made.ids.get(v.id);
    return local ? [{ line, row: { ...rowOf(v), id: Number(local) } }] : [];
  });
  return { lines: [], errors: [...errors, ...contacts.errors, ...made.errors, ...(await upsertExplained(x.db, T.notes, "note", items))] };
};

const linkLine = z.object({ contact_id: sourceId, company_id: sourceId, created_at: z.number().int().nullish() });

export const translateContactCompanies: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("contact_company", linkLine, lines);
  const contacts = await contactsOf(x, "contact_company", valid.map(({ line, v }) => ({ line, contactId: v.contact_id })));
  const found = await mappedIds(x.db, scopeOf(x, "company"), valid.map(({ v }) => v.company_id));
  const items: { line: Line; row: Raw }[] = [];
  for (const { line, v } of valid) {
    const contactId = contacts.ids.get(v.contact_id);
    const companyId = found.get(v.company_id);
    if (!contactId) continue;
    if (!companyId) errors.push(lineError(line, "contact_company", `company ${v.company_id} is not imported (companies come first).`));
    else items.push({ line, row: { workspace_id: x.workspaceId, contact_id: contactId, company_id: Number(companyId), created_at: v.created_at ?? nowSeconds() } });
  }
  return { lines: [], errors: [...errors, ...contacts.errors, ...(await upsertExplained(x.db, T.links, "contact_company", items))] };
};
