import type { CompanyObject } from "../../shared/companyApi.ts";
import type { Company } from "../db/companySchema.ts";

/** Intercom's Company; `user_count` is counted by the caller, sessions are not tracked per company. */
export function companyView(company: Company, appId: string, userCount: number): CompanyObject {
  return {
    type: "company",
    id: String(company.id),
    company_id: company.companyId,
    app_id: appId,
    name: company.name ?? "",
    plan: company.plan ? { type: "plan", id: company.plan, name: company.plan } : {},
    size: company.size,
    website: company.website,
    industry: company.industry,
    monthly_spend: company.monthlySpend,
    session_count: 0,
    user_count: userCount,
    remote_created_at: company.remoteCreatedAt,
    created_at: company.createdAt,
    updated_at: company.updatedAt,
    last_request_at: null,
    custom_attributes: company.customAttributes,
    tags: { type: "tag.list", tags: [] },
    segments: { type: "segment.list", segments: [] },
  };
}
