// CONTRACT §8 companies: create-or-update by company_id, find, and the lists.
import type { CompanyList } from "../../shared/companyApi.ts";
import { companyById, companyByCompanyId, countCompanies, isCompanyRowId, listCompanies, upsertCompany, userCounts } from "../db/companies.ts";
import type { Company } from "../db/companySchema.ts";
import { workspaceById } from "../db/workspaces.ts";
import { enforceAttributeTypes } from "../http/attributeTypes.ts";
import { readJson } from "../http/body.ts";
import { companyBody, companyFields } from "../http/companyInput.ts";
import { companyView } from "../http/companyViews.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { clampPerPage, decodeCursor, pagesOf } from "../http/pagination.ts";

export async function appIdOf(c: AuthedCtx): Promise<string> {
  return (await workspaceById(c.db, c.principal.workspaceId))?.appId ?? "";
}

/** Companies as Intercom shows them, each with its number of people. */
export async function companyViews(c: AuthedCtx, rows: readonly Company[]) {
  const [appId, counts] = await Promise.all([appIdOf(c), userCounts(c.db, c.principal.workspaceId, rows.map((row) => row.id))]);
  return rows.map((row) => companyView(row, appId, counts.get(row.id) ?? 0));
}

async function oneView(c: AuthedCtx, company: Company): Promise<Response> {
  const [view] = await companyViews(c, [company]);
  return Response.json(view);
}

export async function companyOr404(c: AuthedCtx, raw: string): Promise<Company> {
  const company = isCompanyRowId(raw) ? await companyById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!company) throw notFound("Company");
  return company;
}

export const upsertCompanyRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, companyBody);
  await enforceAttributeTypes(c.db, c.principal.workspaceId, "company", body.custom_attributes);
  const company = await upsertCompany(c.db, c.principal.workspaceId, body.company_id, c.now, (existing) => companyFields(body, existing));
  return oneView(c, company);
};

export const getCompanyRoute: AuthedHandler = async (request, c) => oneView(c, await companyOr404(c, param(request, "id")));

/** `GET /companies?company_id=` answers that company; without it, a cursor-paged list. */
export const listCompaniesRoute: AuthedHandler = async (request, c) => {
  const companyId = queryString(request, "company_id");
  if (companyId !== undefined) {
    const company = await companyByCompanyId(c.db, c.principal.workspaceId, companyId);
    if (!company) throw notFound("Company");
    return oneView(c, company);
  }
  const perPage = clampPerPage(Number(queryString(request, "per_page") ?? Number.NaN));
  const after = cursor(queryString(request, "starting_after"));
  const workspaceId = c.principal.workspaceId;
  const [rows, total, before] = await Promise.all([
    listCompanies(c.db, workspaceId, { afterId: after, limit: perPage + 1 }),
    countCompanies(c.db, workspaceId),
    after === undefined ? Promise.resolve(0) : countCompanies(c.db, workspaceId, after),
  ]);
  const page = rows.slice(0, perPage);
  const last = page[page.length - 1];
  const body = {
    type: "list",
    data: await companyViews(c, page),
    total_count: total,
    pages: pagesOf({ perPage, before, total, nextAfter: rows.length > perPage && last ? String(last.id) : null }),
  } satisfies CompanyList;
  return Response.json(body);
};

function cursor(startingAfter: string | undefined): number | undefined {
  if (startingAfter === undefined || startingAfter === "") return undefined;
  const id = decodeCursor(startingAfter, isCompanyRowId);
  if (id === null) throw new ApiError("parameter_invalid", "starting_after is not a cursor this API issued.");
  return Number(id);
}

/** `POST /companies/list?page=&per_page=`, Intercom's page-numbered list (what its SDK's `companies.list` calls). */
export const pagedCompaniesRoute: AuthedHandler = async (request, c) => {
  const perPage = clampPerPage(Number(queryString(request, "per_page") ?? Number.NaN));
  const pageNumber = Math.max(1, Math.trunc(Number(queryString(request, "page") ?? "1")) || 1);
  const [rows, total] = await Promise.all([
    listCompanies(c.db, c.principal.workspaceId, { offset: (pageNumber - 1) * perPage, limit: perPage }),
    countCompanies(c.db, c.principal.workspaceId),
  ]);
  const body = {
    type: "list",
    data: await companyViews(c, rows),
    total_count: total,
    pages: { type: "pages", page: pageNumber, per_page: perPage, total_pages: Math.max(1, Math.ceil(total / perPage)), next: null },
  } satisfies CompanyList;
  return Response.json(body);
};
