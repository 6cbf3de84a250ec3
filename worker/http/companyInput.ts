// What a company write may say, from the REST API (`POST /companies`) or the messenger's
// `company` / `companies` settings, and how it lands on the row.
import { z } from "zod";
import type { CustomAttributes } from "../../shared/api-types.ts";
import { mergeAttributes } from "../db/customAttributes.ts";
import type { Company, CompanyFields } from "../db/companySchema.ts";

const ATTRIBUTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ -]{0,99}$/;
const MAX_ATTRIBUTES = 100;
const scalar = z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()]);
const text = (max: number) => z.string().trim().max(max);
const unixSeconds = z.number().int().min(0).max(32_503_680_000);

export const companyCustomAttributes = z
  .record(z.string().regex(ATTRIBUTE_NAME, "custom attribute names use letters, digits, spaces, _ and -"), scalar)
  .refine((attrs) => Object.keys(attrs).length <= MAX_ATTRIBUTES, `at most ${MAX_ATTRIBUTES} custom attributes`);

const companyKey = z.union([text(255).min(1), z.number().int().transform(String)]);

export const companyBody = z.object({
  company_id: companyKey,
  name: text(255).nullable().optional(),
  plan: text(255).nullable().optional(),
  size: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  website: text(2048).nullable().optional(),
  industry: text(255).nullable().optional(),
  monthly_spend: z.number().finite().min(0).nullable().optional(),
  remote_created_at: unixSeconds.nullable().optional(),
  custom_attributes: companyCustomAttributes.optional(),
});
export type CompanyBody = z.infer<typeof companyBody>;

/** The row's new fields: only what the body names changes; custom attributes merge (null removes). */
export function companyFields(body: CompanyBody, existing: Company | undefined): CompanyFields {
  const fields: CompanyFields = {};
  if (body.name !== undefined) fields.name = body.name;
  if (body.plan !== undefined) fields.plan = body.plan;
  if (body.size !== undefined) fields.size = body.size;
  if (body.website !== undefined) fields.website = body.website;
  if (body.industry !== undefined) fields.industry = body.industry;
  if (body.monthly_spend !== undefined) fields.monthlySpend = body.monthly_spend ?? 0;
  if (body.remote_created_at !== undefined) fields.remoteCreatedAt = body.remote_created_at;
  if (body.custom_attributes !== undefined) fields.customAttributes = mergeAttributes(existing?.customAttributes ?? {}, body.custom_attributes);
  return fields;
}

// The messenger's keys Intercom defines for a company; every other scalar key is a custom attribute.
const MESSENGER_KEYS = new Set(["id", "company_id", "name", "plan", "size", "website", "industry", "monthly_spend", "created_at", "user_count", "session_count"]);
const MAX_MESSENGER_COMPANIES = 10;

const messengerCompany = z.looseObject({
  company_id: companyKey.optional(),
  id: companyKey.optional(),
  name: text(255).optional(),
  plan: text(255).optional(),
  size: z.number().int().min(0).max(1_000_000_000).optional(),
  website: text(2048).optional(),
  industry: text(255).optional(),
  monthly_spend: z.number().finite().min(0).optional(),
  created_at: z.union([unixSeconds, z.string().regex(/^[0-9]{1,11}$/).transform(Number)]).optional(),
});

/**
 * `company: {...}` and `companies: [...]` from `intercomSettings`, as REST bodies. Like Intercom,
 * a company needs its `company_id` (or `id`); ones without it, or malformed, are skipped rather
 * than failing the boot.
 */
export function messengerCompanies(settings: Record<string, unknown>): CompanyBody[] {
  const raw = [settings["company"], ...(Array.isArray(settings["companies"]) ? settings["companies"] : [])];
  const bodies: CompanyBody[] = [];
  for (const item of raw) {
    const parsed = messengerCompany.safeParse(item);
    if (!parsed.success) continue;
    const company = parsed.data;
    const companyId = company.company_id ?? company.id;
    if (companyId === undefined || bodies.some((b) => b.company_id === companyId)) continue;
    bodies.push({
      company_id: companyId,
      name: company.name,
      plan: company.plan,
      size: company.size,
      website: company.website,
      industry: company.industry,
      monthly_spend: company.monthly_spend,
      remote_created_at: company.created_at,
      custom_attributes: customOf(company),
    });
    if (bodies.length === MAX_MESSENGER_COMPANIES) break;
  }
  return bodies;
}

function customOf(company: Record<string, unknown>): CustomAttributes {
  const attributes: CustomAttributes = {};
  for (const [key, value] of Object.entries(company)) {
    if (MESSENGER_KEYS.has(key) || !ATTRIBUTE_NAME.test(key)) continue;
    const parsed = scalar.safeParse(value);
    if (parsed.success && Object.keys(attributes).length < MAX_ATTRIBUTES) attributes[key] = parsed.data;
  }
  return attributes;
}
