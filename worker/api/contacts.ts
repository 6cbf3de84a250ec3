import { z } from "zod";
import type { ContactList } from "../../shared/api-types.ts";
import { parseRule, toSql } from "../../shared/rules/index.ts";
import { fragment } from "../db/client.ts";
import {
  contactByExternalId,
  contactById,
  contactPage,
  eraseContact,
  insertContact,
  isContactId,
  newContactId,
  updateContact,
} from "../db/contacts.ts";
import type { Contact } from "../db/schema.ts";
import { tagsOfContact, tagsOfContacts } from "../db/taggings.ts";
import { deleteFilesUnder } from "../durable/attachmentFiles.ts";
import { contactPrefix } from "../durable/attachmentKeys.ts";
import { roomOf } from "../durable/stubs.ts";
import { enforceAttributeTypes } from "../http/attributeTypes.ts";
import { readJson } from "../http/body.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { clampPerPage, decodeCursor, pagesOf } from "../http/pagination.ts";
import { contactCreateBody, contactPatch, contactUpdateBody } from "./contactBody.ts";
import { contactDeletedView, contactView } from "../http/views.ts";
import { emitContactCreated } from "../webhooks/emit.ts";

async function existing(c: AuthedCtx, id: string): Promise<Contact> {
  const contact = isContactId(id) ? await contactById(c.db, c.principal.workspaceId, id) : undefined;
  if (!contact) throw notFound("User");
  return contact;
}

async function refuseTakenExternalId(c: AuthedCtx, externalId: string | null | undefined, self?: string): Promise<void> {
  if (!externalId) return;
  const holder = await contactByExternalId(c.db, c.principal.workspaceId, externalId);
  if (holder && holder.id !== self) throw new ApiError("conflict", `A contact matching those details already exists with id=${holder.id}`);
}

export const createContact: AuthedHandler = async (request, c) => {
  const body = await readJson(request, contactCreateBody);
  await enforceAttributeTypes(c.db, c.principal.workspaceId, "contact", body.custom_attributes);
  await refuseTakenExternalId(c, body.external_id);
  const base = { id: newContactId(c.now), workspaceId: c.principal.workspaceId, role: body.role ?? "user", createdAt: c.now, updatedAt: c.now };
  const contact = await insertContact(c.db, { ...base, ...contactPatch(body, {}) });
  const item = contactView(contact);
  emitContactCreated(c.env, c.defer, c.principal.workspaceId, item, c.now);
  return Response.json(item);
};

/** A contact with its tags, as every single-contact answer gives it. */
async function taggedView(c: AuthedCtx, contact: Contact) {
  return contactView(contact, await tagsOfContact(c.db, c.principal.workspaceId, contact.id));
}

export const getContact: AuthedHandler = async (request, c) => Response.json(await taggedView(c, await existing(c, param(request, "id"))));

export const findContactByExternalId: AuthedHandler = async (request, c) => {
  const contact = await contactByExternalId(c.db, c.principal.workspaceId, param(request, "external_id"));
  if (!contact) throw notFound("User");
  return Response.json(await taggedView(c, contact));
};

export const updateContactRoute: AuthedHandler = async (request, c) => {
  const contact = await existing(c, param(request, "id"));
  const body = await readJson(request, contactUpdateBody);
  await enforceAttributeTypes(c.db, c.principal.workspaceId, "contact", body.custom_attributes);
  await refuseTakenExternalId(c, body.external_id, contact.id);
  const updated = await updateContact(c.db, c.principal.workspaceId, contact.id, { ...contactPatch(body, contact.customAttributes), updatedAt: c.now });
  if (!updated) throw notFound("User");
  return Response.json(await taggedView(c, updated));
};

/** CONTRACT §3: the contact's conversations go too, D1 rows and the rooms' logs. */
export const deleteContactRoute: AuthedHandler = async (request, c) => {
  const erased = await eraseContact(c.db, c.principal.workspaceId, (await existing(c, param(request, "id"))).id);
  if (!erased) throw notFound("User");
  await Promise.all(erased.conversationIds.map((id) => roomOf(c.env, c.principal.workspaceId, id).erase()));
  // Each room deleted its own files; the contact's uploads never sent in any conversation remain.
  await deleteFilesUnder(c.env, contactPrefix(c.principal.workspaceId, erased.contact.id));
  return Response.json(contactDeletedView(erased.contact));
};

function cursor(startingAfter: string | undefined): string | undefined {
  if (startingAfter === undefined || startingAfter === "") return undefined;
  const id = decodeCursor(startingAfter, isContactId);
  if (id === null) throw new ApiError("parameter_invalid", "starting_after is not a cursor this API issued.");
  return id;
}

async function listResponse(c: AuthedCtx, perPage: number, after: string | undefined, filter?: ReturnType<typeof fragment>) {
  const page = await contactPage(c.db, c.principal.workspaceId, { filter, after, perPage });
  const last = page.rows[page.rows.length - 1];
  const tagged = await tagsOfContacts(c.db, c.principal.workspaceId, page.rows.map((row) => row.id));
  const body = {
    type: "list",
    data: page.rows.map((row) => contactView(row, tagged.get(row.id))),
    total_count: page.total,
    pages: pagesOf({ perPage, before: page.before, total: page.total, nextAfter: page.hasMore && last ? last.id : null }),
  } satisfies ContactList;
  return Response.json(body);
}

export const listContacts: AuthedHandler = async (request, c) => {
  const perPage = clampPerPage(Number(queryString(request, "per_page") ?? Number.NaN));
  return listResponse(c, perPage, cursor(queryString(request, "starting_after")));
};

const searchBody = z.object({
  query: z.unknown(),
  pagination: z.object({ per_page: z.number().int().optional(), starting_after: z.string().nullable().optional() }).optional(),
  sort: z.object({ field: z.string(), order: z.enum(["ascending", "descending"]).optional() }).optional(),
});

export const searchContacts: AuthedHandler = async (request, c) => {
  const body = await readJson(request, searchBody);
  if (body.query === undefined) throw new ApiError("parameter_not_found", "query is required.");
  const parsed = parseRule(body.query, "query");
  if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.errors.map((e) => e.message).join("; "));
  const { sql, params } = toSql(parsed.rule, c.now, "contacts");
  const perPage = clampPerPage(body.pagination?.per_page);
  return listResponse(c, perPage, cursor(body.pagination?.starting_after ?? undefined), fragment(sql, params));
};
