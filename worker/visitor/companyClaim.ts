import type { Contact } from "../db/schema.ts";
import { messengerCompanies, type CompanyBody } from "../http/companyInput.ts";

/**
 * Intercom tracks companies for users only. Here a contact is a user only after identity checks
 * (CONTRACT §3: a signed identity when enforced; a boot naming a proven contact without proof stays
 * the anonymous lead it was), so an anonymous lead can never claim, rename or join a company.
 */
export function companiesToAttach(settings: Record<string, unknown>, contact: Pick<Contact, "role">): CompanyBody[] {
  return contact.role === "user" ? messengerCompanies(settings) : [];
}
