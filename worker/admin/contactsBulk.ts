// The admin app's contacts table: filtered pages, and bulk actions on a selection.
import { z } from "zod";
import type { ContactRowPage } from "../../shared/contactApi.ts";
import { checkTagName } from "../../shared/tags.ts";
import { newestContactsPage } from "../db/contactRows.ts";
import { contactPage, eraseContact, isContactId } from "../db/contacts.ts";
import { tagContactsWhere, untagContactsWhere } from "../db/taggings.ts";
import { ensureTag, tagByName } from "../db/tags.ts";
import { roomOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { clampPerPage, decodeCursor, encodeCursor } from "../http/pagination.ts";
import { contactRow } from "./contactRow.ts";
import { contactFilterInput, contactSelectionInput, filterCondition, selectionCondition } from "./contactSelection.ts";
import { csvHeaderLine, csvLine } from "./contactsCsv.ts";

/** Contacts erased per request when deleting everyone matching a filter; the app asks again for the rest. */
export const DELETE_BATCH = 100;
export const MAX_EXPORT = 10_000;
const EXPORT_PAGE = 500;

const searchBody = contactFilterInput.extend({
  starting_after: z.string().nullable().optional(),
  per_page: z.number().int().optional(),
});

export const searchContactRows: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const body = await readJson(request, searchBody);
  const after = body.starting_after ? decodeCursor(body.starting_after, isContactId) : undefined;
  if (after === null) throw new ApiError("parameter_invalid", "starting_after is not a cursor this endpoint issued.");
  const perPage = clampPerPage(body.per_page);
  const page = await newestContactsPage(c.db, c.principal.workspaceId, { filter: filterCondition(body, c.now), before: after, perPage });
  const last = page.rows.at(-1);
  const answer = {
    contacts: page.rows.map(contactRow),
    total_count: page.total,
    next: page.hasMore && last ? encodeCursor(last.id) : null,
  } satisfies ContactRowPage;
  return Response.json(answer);
};

/** Erases like DELETE /api/contacts/{id}: events, notes, conversations and their rooms' logs. */
export const bulkDeleteContacts: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const selection = await readJson(request, contactSelectionInput);
  const workspaceId = c.principal.workspaceId;
  const filter = selectionCondition(selection, workspaceId, c.now);
  const page = await contactPage(c.db, workspaceId, { filter, perPage: "ids" in selection ? selection.ids.length : DELETE_BATCH });
  let deleted = 0;
  for (const contact of page.rows) {
    const erased = await eraseContact(c.db, workspaceId, contact.id);
    if (!erased) continue;
    deleted++;
    await Promise.all(erased.conversationIds.map((id) => roomOf(c.env, workspaceId, id).erase()));
  }
  return Response.json({ deleted, remaining: Math.max(0, page.total - deleted) });
};

const bulkTagBody = z.object({ selection: contactSelectionInput, name: z.string(), remove: z.boolean().optional() }).strict();

/** Adds a tag (created if new) to, or removes it from, every selected contact; says how many changed. */
export const bulkTagContacts: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const body = await readJson(request, bulkTagBody);
  const checked = checkTagName(body.name);
  if (!checked.ok) throw new ApiError("parameter_invalid", `name: ${checked.message}`);
  const workspaceId = c.principal.workspaceId;
  const condition = selectionCondition(body.selection, workspaceId, c.now);
  if (body.remove) {
    const tag = await tagByName(c.db, workspaceId, checked.name);
    return Response.json({ changed: tag ? await untagContactsWhere(c.db, workspaceId, condition, tag.id) : 0 });
  }
  const tag = await ensureTag(c.db, workspaceId, checked.name, c.now);
  return Response.json({ changed: await tagContactsWhere(c.db, workspaceId, condition, tag.id, c.now) });
};

export const exportContacts: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const selection = await readJson(request, contactSelectionInput);
  const filter = selectionCondition(selection, c.principal.workspaceId, c.now);
  const lines = [csvHeaderLine()];
  let after: string | undefined;
  while (lines.length <= MAX_EXPORT) {
    const page = await contactPage(c.db, c.principal.workspaceId, { filter, after, perPage: EXPORT_PAGE });
    lines.push(...page.rows.map(csvLine));
    const last = page.rows.at(-1);
    if (!page.hasMore || !last) break;
    after = last.id;
  }
  return new Response(lines.slice(0, MAX_EXPORT + 1).join("\r\n") + "\r\n", {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="contacts.csv"', "cache-control": "no-store" },
  });
};
