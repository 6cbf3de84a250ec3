import type { AppRouter } from "../http/api.ts";
import { api } from "../http/api.ts";
import { getCompanyRoute, listCompaniesRoute, pagedCompaniesRoute, upsertCompanyRoute } from "./companies.ts";
import { attachCompanyRoute, detachCompanyRoute, listContactCompaniesRoute } from "./contactCompanies.ts";
import { mergeContactsRoute } from "./contactMerge.ts";
import { createDataAttributeRoute, listDataAttributesRoute } from "./dataAttributes.ts";
import { contactSegmentsRoute, createSegmentRoute, getSegmentRoute, listSegmentsRoute } from "./segments.ts";

/** CONTRACT §8: companies, data attributes, segments and merge. */
export function registerCompanyRoutes(router: AppRouter): void {
  router
    .post("/api/contacts/merge", api(mergeContactsRoute))
    .post("/api/companies", api(upsertCompanyRoute))
    .get("/api/companies", api(listCompaniesRoute))
    .post("/api/companies/list", api(pagedCompaniesRoute))
    .get("/api/companies/:id", api(getCompanyRoute))
    .post("/api/contacts/:id/companies", api(attachCompanyRoute))
    .get("/api/contacts/:id/companies", api(listContactCompaniesRoute))
    .delete("/api/contacts/:id/companies/:company_id", api(detachCompanyRoute))
    .get("/api/data_attributes", api(listDataAttributesRoute))
    .post("/api/data_attributes", api(createDataAttributeRoute))
    .post("/api/segments", api(createSegmentRoute))
    .get("/api/segments", api(listSegmentsRoute))
    .get("/api/segments/:id", api(getSegmentRoute))
    .get("/api/contacts/:id/segments", api(contactSegmentsRoute));
}
