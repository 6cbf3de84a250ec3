// Companies and the contacts attached to them (CONTRACT §8). List functions serve the REST API and
// the export alike.
import { and, asc, count, eq, gt, inArray, lte } from "drizzle-orm";
import type { Db } from "./client.ts";
import { isUniqueViolation } from "./client.ts";
import { companies, contactCompanies, type Company, type CompanyFields } from "./companySchema.ts";

export type { CompanyFields };

/** Parley's company `id`: a positive integer written as a string. */
export function isCompanyRowId(raw: string): boolean {
  return /^[1-9][0-9]{0,15}$/.test(raw);
}

export async function companyById(db: Db, workspaceId: number, id: number): Promise<Company | undefined> {
  return db.select().from(companies).where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, id))).get();
}

export async function companyByCompanyId(db: Db, workspaceId: number, companyId: string): Promise<Company | undefined> {
  return db.select().from(companies).where(and(eq(companies.workspaceId, workspaceId), eq(companies.companyId, companyId))).get();
}

/**
 * Creates the company with this `company_id`, or writes `fields` over the one that has it.
 * `fields` is computed from the row found (custom attributes merge), hence the callback; two
 * writers racing to create it meet at the unique index and the loser updates instead.
 */
export async function upsertCompany(
  db: Db,
  workspaceId: number,
  companyId: string,
  now: number,
  fields: (existing: Company | undefined) => CompanyFields,
): Promise<Company> {
  const existing = await companyByCompanyId(db, workspaceId, companyId);
  if (existing) return updateCompany(db, existing, { ...fields(existing), updatedAt: now });
  try {
    return await db.insert(companies).values({ ...fields(undefined), workspaceId, companyId, createdAt: now, updatedAt: now }).returning().get();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await companyByCompanyId(db, workspaceId, companyId);
    if (!winner) throw error;
    return updateCompany(db, winner, { ...fields(winner), updatedAt: now });
  }
}

async function updateCompany(db: Db, company: Company, patch: CompanyFields & { updatedAt: number }): Promise<Company> {
  return db.update(companies).set(patch).where(and(eq(companies.workspaceId, company.workspaceId), eq(companies.id, company.id))).returning().get();
}

/** Companies in id order (creation order), from after `afterId`; without a limit, all of them (the export). */
export async function listCompanies(db: Db, workspaceId: number, options: { afterId?: number; offset?: number; limit?: number } = {}): Promise<Company[]> {
  const scope = and(eq(companies.workspaceId, workspaceId), options.afterId === undefined ? undefined : gt(companies.id, options.afterId));
  const query = db.select().from(companies).where(scope).orderBy(asc(companies.id));
  if (options.limit === undefined) return query.all();
  return query.limit(options.limit).offset(options.offset ?? 0).all();
}

/** All of the workspace's companies, or those up to and including `throughId` (for a page's number). */
export async function countCompanies(db: Db, workspaceId: number, throughId?: number): Promise<number> {
  const scope = and(eq(companies.workspaceId, workspaceId), throughId === undefined ? undefined : lte(companies.id, throughId));
  const row = await db.select({ n: count() }).from(companies).where(scope).get();
  return row?.n ?? 0;
}

/** How many contacts each company has (Intercom's `user_count`). */
export async function userCounts(db: Db, workspaceId: number, companyIds: readonly number[]): Promise<Map<number, number>> {
  if (companyIds.length === 0) return new Map();
  const rows = await db
    .select({ companyId: contactCompanies.companyId, n: count() })
    .from(contactCompanies)
    .where(and(eq(contactCompanies.workspaceId, workspaceId), inArray(contactCompanies.companyId, [...companyIds])))
    .groupBy(contactCompanies.companyId)
    .all();
  return new Map(rows.map((row) => [row.companyId, row.n]));
}

/** A contact's companies, in the order they were attached. */
export async function contactCompaniesOf(db: Db, workspaceId: number, contactId: string): Promise<Company[]> {
  const rows = await db
    .select({ company: companies })
    .from(contactCompanies)
    .innerJoin(companies, eq(companies.id, contactCompanies.companyId))
    .where(and(eq(contactCompanies.workspaceId, workspaceId), eq(contactCompanies.contactId, contactId)))
    .orderBy(asc(contactCompanies.createdAt), asc(companies.id))
    .all();
  return rows.map((row) => row.company);
}

export interface ContactCompanyLink {
  contactId: string;
  companyId: number;
  createdAt: number;
}

/** Every contact–company attachment of the workspace (the export's), in a stable order. */
export async function contactCompanyLinks(db: Db, workspaceId: number): Promise<ContactCompanyLink[]> {
  return db
    .select({ contactId: contactCompanies.contactId, companyId: contactCompanies.companyId, createdAt: contactCompanies.createdAt })
    .from(contactCompanies)
    .where(eq(contactCompanies.workspaceId, workspaceId))
    .orderBy(asc(contactCompanies.contactId), asc(contactCompanies.companyId))
    .all();
}

export async function attachCompany(db: Db, workspaceId: number, contactId: string, companyId: number, now: number): Promise<void> {
  await db.insert(contactCompanies).values({ workspaceId, contactId, companyId, createdAt: now }).onConflictDoNothing().run();
}

export async function detachCompany(db: Db, workspaceId: number, contactId: string, companyId: number): Promise<boolean> {
  const rows = await db
    .delete(contactCompanies)
    .where(and(eq(contactCompanies.workspaceId, workspaceId), eq(contactCompanies.contactId, contactId), eq(contactCompanies.companyId, companyId)))
    .returning()
    .all();
  return rows.length > 0;
}
