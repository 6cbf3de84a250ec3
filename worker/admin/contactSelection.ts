// Which contacts the admin app's contacts table shows and a bulk action acts on: rows picked by
// id, or every contact matching the page's filter (rules and search words), decided when it runs.
import { and, type SQL } from "drizzle-orm";
import { z } from "zod";
import { parseRule, toSql } from "../../shared/rules/index.ts";
import { fragment } from "../db/client.ts";
import { idsCondition, nameOrEmailContains } from "../db/contactRows.ts";
import { isContactId } from "../db/contacts.ts";
import { ApiError } from "../http/errors.ts";

export const MAX_PICKED = 500;

export const contactFilterInput = z.object({
  rules: z.unknown().optional(),
  query: z.string().max(200).optional(),
});
export type ContactFilterInput = z.infer<typeof contactFilterInput>;

export const contactSelectionInput = z.union([
  z.object({ ids: z.array(z.string().refine(isContactId, "ids must be contact ids")).min(1).max(MAX_PICKED) }).strict(),
  z.object({ filter: contactFilterInput }).strict(),
]);
export type ContactSelectionInput = z.infer<typeof contactSelectionInput>;

/** The rules (any the language refuses are the caller's mistake) and the words, both required. */
export function filterCondition(filter: ContactFilterInput, now: number): SQL | undefined {
  let rule: SQL | undefined;
  if (filter.rules !== undefined && filter.rules !== null) {
    const parsed = parseRule(filter.rules, "rules");
    if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.errors.map((e) => e.message).join("; "));
    const compiled = toSql(parsed.rule, now, "contacts");
    rule = fragment(compiled.sql, compiled.params);
  }
  return and(rule, nameOrEmailContains(filter.query ?? ""));
}

export function selectionCondition(selection: ContactSelectionInput, workspaceId: number, now: number): SQL | undefined {
  return "ids" in selection ? idsCondition(workspaceId, selection.ids) : filterCondition(selection.filter, now);
}
