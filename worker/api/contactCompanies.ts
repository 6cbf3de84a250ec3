// CONTRACT §8: attach, list and detach a contact's companies (Parley's company `id`, as Intercom).
import { z } from "zod";
import type { ContactCompanyList } from "../../shared/companyApi.ts";
import { attachCompany, contactCompaniesOf, detachCompany } from "../db/companies.ts";
import { contactById, isContactId } from "../db/contacts.ts";
import type { Contact } from "../db/schema.ts";
import { readJson } from "../http/body.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { clampPerPage } from "../http/pagination.ts";
import { companyOr404, companyViews } from "./companies.ts";

const id = z.union([z.string(), z.number()]).transform(String);

async function contactOr404(c: AuthedCtx, raw: string): Promise<Contact> {
  const contact = isContactId(raw) ? await contactById(c.db, c.principal.workspaceId, raw) : undefined;
  if (!contact) throw notFound("User");
  return contact;
}

export const attachCompanyRoute: AuthedHandler = async (request, c) => {
  const contact = await contactOr404(c, param(request, "id"));
  const body = await readJson(request, z.object({ id }));
  const company = await companyOr404(c, body.id);
  await attachCompany(c.db, c.principal.workspaceId, contact.id, company.id, c.now);
  const [view] = await companyViews(c, [company]);
  return Response.json(view);
};

export const detachCompanyRoute: AuthedHandler = async (request, c) => {
  const contact = await contactOr404(c, param(request, "id"));
  const company = await companyOr404(c, param(request, "company_id"));
  if (!(await detachCompany(c.db, c.principal.workspaceId, contact.id, company.id))) throw notFound("Company");
  const [view] = await companyViews(c, [company]);
  return Response.json(view);
};

/** Page-numbered like Intercom's, and empty past the end, which is where its SDK stops paging. */
export const listContactCompaniesRoute: AuthedHandler = async (request, c) => {
  const contact = await contactOr404(c, param(request, "id"));
  const perPage = clampPerPage(Number(queryString(request, "per_page") ?? Number.NaN));
  const page = Math.max(1, Math.trunc(Number(queryString(request, "page") ?? "1")) || 1);
  const all = await contactCompaniesOf(c.db, c.principal.workspaceId, contact.id);
  const data = await companyViews(c, all.slice((page - 1) * perPage, page * perPage));
  const body = {
    type: "list",
    data,
    companies: data,
    total_count: all.length,
    pages: { type: "pages", page, per_page: perPage, total_pages: Math.max(1, Math.ceil(all.length / perPage)), next: null },
  } satisfies ContactCompanyList;
  return Response.json(body);
};
