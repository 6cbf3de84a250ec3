// The messenger's `company` / `companies` settings create or update those companies and attach the
// visitor to them — only once the visit is a user's (CONTRACT §8, §3; see companiesToAttach).
import { attachCompany, upsertCompany } from "../db/companies.ts";
import type { Contact } from "../db/schema.ts";
import { keepFittingAttributes } from "../http/attributeTypes.ts";
import { companyFields } from "../http/companyInput.ts";
import type { Ctx } from "../http/context.ts";
import { companiesToAttach } from "./companyClaim.ts";

export async function attachVisitorCompanies(c: Ctx, workspaceId: number, contact: Contact, settings: Record<string, unknown>): Promise<void> {
  for (const body of companiesToAttach(settings, contact)) {
    const customAttributes = body.custom_attributes && (await keepFittingAttributes(c.db, workspaceId, "company", body.custom_attributes));
    const checked = { ...body, custom_attributes: customAttributes };
    const company = await upsertCompany(c.db, workspaceId, body.company_id, c.now, (existing) => companyFields(checked, existing));
    await attachCompany(c.db, workspaceId, contact.id, company.id, c.now);
  }
}
