import { describe, expect, it } from "vitest";
import { companiesToAttach } from "./companyClaim.ts";

describe("companiesToAttach", () => {
  const settings = {
    company: { id: "acme", name: "Acme", plan: "Pro", monthly_spend: 49, created_at: 1_700_000_000, seats: 12 },
    companies: [{ company_id: "globex", name: "Globex" }, { name: "No id" }, { id: "acme", name: "Duplicate" }],
  };

  it("gives a user every company with an id, Intercom's keys as fields and the rest as custom attributes", () => {
    expect(companiesToAttach(settings, { role: "user" })).toEqual([
      { company_id: "acme", name: "Acme", plan: "Pro", size: undefined, website: undefined, industry: undefined, monthly_spend: 49, remote_created_at: 1_700_000_000, custom_attributes: { seats: 12 } },
      { company_id: "globex", name: "Globex", plan: undefined, size: undefined, website: undefined, industry: undefined, monthly_spend: undefined, remote_created_at: undefined, custom_attributes: {} },
    ]);
  });

  it("gives an anonymous lead none, whatever it claims", () => {
    expect(companiesToAttach(settings, { role: "lead" })).toEqual([]);
  });

  it("skips a company setting that is not an object", () => {
    expect(companiesToAttach({ company: "acme", companies: "globex" }, { role: "user" })).toEqual([]);
  });
});
