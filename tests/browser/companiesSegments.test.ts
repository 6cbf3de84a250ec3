import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { api } from "../e2e/restApi.ts";

// CONTRACT §8 in the browser: the messenger's `company` setting, and segments saved from the
// admin app's rule builder and picked again on the contacts page.
const suite = browserSuite();
const base = () => inject("baseUrl");
const run = `cs${Date.now().toString(36)}`;

async function signedIn(hash: string): Promise<Page> {
  const page = await (await suite.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${base()}/admin/${hash}`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("banner").waitFor();
  return page;
}

async function companyStatus(companyId: string): Promise<number> {
  const response = await fetch(`${base()}/api/companies?company_id=${companyId}`, { headers: { authorization: `Bearer ${inject("demo").apiToken}` } });
  return response.status;
}

describe("the messenger's company setting", () => {
  it("attaches a signed-in user to the company, which the admin app's contact page then shows", async () => {
    const userId = `co-user-${run}`;
    const hash = createHmac("sha256", inject("demo").identitySecret).update(userId).digest("hex");
    const company = { id: `co-${run}`, name: `Initech ${run}`, plan: "Enterprise", monthly_spend: 500 };
    suite.host.page("/company", snippetPage(base(), { app_id: "demo", user_id: userId, name: "Peter Gibbons", user_hash: hash, company }));
    const visitor = await (await suite.browser.newContext()).newPage();
    await visitor.goto(`${suite.host.url}/company`);
    await visitor.getByRole("button", { name: /Open the messenger/ }).click();
    await expect.poll(() => companyStatus(company.id), { timeout: 15_000 }).toBe(200);
    const contact = await api(`/contacts/find_by_external_id/${userId}`);

    const page = await signedIn(`#/contacts/${String(contact.id)}`);
    const companies = page.getByRole("region", { name: "Companies" });
    await companies.getByText(`Initech ${run}`).waitFor();
    await companies.getByText("Enterprise · 1 person").waitFor();
  });
});

describe("segments in the rule builder", () => {
  it("saves the contacts filter as a segment and fills the filter from it again", async () => {
    await api("/contacts", { role: "user", external_id: `seg-${run}`, name: `Segment Member ${run}`, custom_attributes: { segment_e2e: run } });
    const page = await signedIn("#/contacts");
    await page.getByRole("button", { name: "Filter by rules" }).click();
    const filter = page.getByRole("region", { name: "Filter" });
    await filter.getByLabel("Field").selectOption("attribute");
    await filter.getByLabel("Attribute name").fill("segment_e2e");
    await filter.getByLabel("Operator").selectOption("=");
    await filter.getByLabel("Value").fill(run);
    await expect.poll(() => page.getByTestId("contacts-status").textContent(), { timeout: 10_000 }).toBe("1 contact matches.");

    await filter.getByRole("button", { name: "Save as segment" }).click();
    await filter.getByLabel("Segment name", { exact: true }).fill(`Testers ${run}`);
    await filter.getByLabel("Segment name", { exact: true }).press("Enter");
    await filter.getByRole("status").getByText(`Saved segment “Testers ${run}”.`).waitFor();
    const saved = await api("/segments");
    expect(JSON.stringify(saved.segments)).toContain(`Testers ${run}`);

    await filter.getByRole("button", { name: "Clear filter" }).click();
    await page.getByRole("button", { name: "Filter by rules" }).click();
    await page.getByRole("region", { name: "Filter" }).getByLabel("Segment", { exact: true }).selectOption({ label: `Testers ${run}` });
    await expect(page.getByRole("region", { name: "Filter" }).getByLabel("Attribute name").inputValue()).resolves.toBe("segment_e2e");
    await expect.poll(() => page.getByTestId("contacts-status").textContent(), { timeout: 10_000 }).toBe("1 contact matches.");
  });
});
