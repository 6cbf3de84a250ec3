import { request } from "./api.ts";
import { fields } from "./decode.ts";

// A contact's companies, read through the REST endpoint an API client uses.
export interface CompanyRef {
  id: string;
  companyId: string;
  name: string;
  plan: string | null;
  userCount: number;
}

export function fetchContactCompanies(contactId: string, signal: AbortSignal): Promise<CompanyRef[]> {
  return request(
    "GET",
    `/api/contacts/${encodeURIComponent(contactId)}/companies`,
    (payload) =>
      fields(payload).list("data", (f) => ({
        id: f.id("id"),
        companyId: f.str("company_id"),
        name: f.str("name"),
        plan: f.obj("plan").optStr("name"),
        userCount: f.num("user_count"),
      })),
    { signal },
  );
}
