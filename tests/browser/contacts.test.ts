import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { api } from "../e2e/restApi.ts";

// Issue 17, item 13: the Contacts view at 1280×800 and on a phone (390×844).
let browser: Browser;
const base = () => inject("baseUrl");
const SHOTS = "docs/screenshots";
/** `PARLEY_SCREENSHOTS=1` refreshes the pictures in docs/screenshots; ordinary runs leave the tree alone. */
const shoot = (page: Page, name: string) => (process.env.PARLEY_SCREENSHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true }) : Promise.resolve());

const run = `c${Date.now().toString(36)}`;

async function aContact(fields: Record<string, unknown>): Promise<string> {
  const contact = await api("/contacts", { ...fields, custom_attributes: { contacts_e2e: run, ...(typeof fields.custom_attributes === "object" ? fields.custom_attributes : {}) } });
  return String(contact.id);
}

async function signedIn(viewport: { width: number; height: number }, hash: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${base()}/admin/${hash}`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("banner").waitFor();
  return { context, page };
}

const status = (page: Page) => page.getByTestId("contacts-status");

let grace = "";
let anonymous = "";
let other = "";
beforeAll(async () => {
  browser = await launchChromium();
  if (process.env.PARLEY_SCREENSHOTS) mkdirSync(SHOTS, { recursive: true });
  grace = await aContact({ role: "user", external_id: `grace-${run}`, email: `grace.${run}@example.com`, name: `Grace Hopper ${run}`, signed_up_at: Math.floor(Date.now() / 1000) - 40 * 86_400, web_sessions: 12, custom_attributes: { plan: "pro", seats: 25 } });
  const event = await fetch(`${base()}/api/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: JSON.stringify({ event_name: "invoice-downloaded", id: grace, metadata: { invoice: "INV-2041" } }),
  });
  expect(event.status).toBe(202);
  await api("/conversations", { from: { type: "user", id: grace }, body: `The export drops a column ${run}` });
  anonymous = await aContact({ role: "lead" });
  other = await aContact({ role: "user", external_id: `ada-${run}`, email: `ada.${run}@example.com`, name: `Ada Lovelace ${run}` });
});
afterAll(async () => {
  await browser?.close();
});

describe("the contacts view on a desktop", () => {
  it("opens a contact from the table, keeps a note and a tag, filters with the rule builder, and tags and deletes two contacts at once", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, "#/contacts");
    const table = page.getByRole("region", { name: "Contacts table" });
    await table.getByRole("link", { name: `Grace Hopper ${run}` }).waitFor();
    await shoot(page, "contacts-table-desktop");

    await page.getByLabel("Search contacts").fill(`grace hopper ${run}`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe("1 contact matches.");
    await table.getByRole("link", { name: `Grace Hopper ${run}` }).click();
    expect(page.url()).toContain(`#/contacts/${grace}`);

    const heading = page.getByRole("heading", { name: `Grace Hopper ${run}`, level: 2 });
    await heading.waitFor();
    const attributes = page.getByRole("region", { name: "Attributes" });
    await attributes.getByText("plan").waitFor();
    await attributes.getByText("pro", { exact: true }).waitFor();
    await page.getByRole("region", { name: "Recent events" }).getByText("invoice-downloaded").waitFor();
    await page.getByRole("region", { name: "Recent events" }).getByText("invoice: INV-2041", { exact: false }).waitFor();
    const conversation = page.getByRole("region", { name: "Conversations" }).getByRole("link", { name: `The export drops a column ${run}` });
    expect(await conversation.getAttribute("href")).toMatch(/^#\/inbox\/all\/open\/\d+$/);

    const tagsRegion = page.getByRole("region", { name: "Tags" });
    await tagsRegion.getByLabel("Add a tag").fill(`Renewal ${run}`);
    await tagsRegion.getByLabel("Add a tag").press("Enter");
    await tagsRegion.getByRole("list", { name: "Contact tags" }).getByText(`Renewal ${run}`).waitFor();
    expect(JSON.stringify((await api(`/contacts/${grace}`)).tags)).toContain(`Renewal ${run}`);
    const notes = page.getByRole("region", { name: "Notes" });
    await notes.getByLabel("New note").fill(`Wants SSO before renewing ${run}`);
    await notes.getByRole("button", { name: "Add note" }).click();
    await notes.getByRole("list", { name: "Notes" }).getByText(`Wants SSO before renewing ${run}`).waitFor();
    const stored = await api(`/contacts/${grace}/notes`);
    expect(JSON.stringify(stored.data)).toContain(`Wants SSO before renewing ${run}`);
    await shoot(page, "contact-page-desktop");

    await page.getByRole("link", { name: "← All contacts" }).click();
    await page.getByLabel("Search contacts").fill("");
    await page.getByRole("button", { name: "Filter by rules" }).click();
    const filter = page.getByRole("region", { name: "Filter" });
    await filter.getByLabel("Field").selectOption("attribute");
    await filter.getByLabel("Attribute name").fill("contacts_e2e");
    await filter.getByLabel("Operator").selectOption("=");
    await filter.getByLabel("Value").fill(run);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe("3 contacts match.");

    const anonymousName = await table.locator(`a[href="#/contacts/${anonymous}"]`).textContent();
    expect(anonymousName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await table.getByRole("checkbox", { name: `Select ${anonymousName}` }).check();
    await table.getByRole("checkbox", { name: `Select Ada Lovelace ${run}` }).check();
    const bulk = page.getByRole("region", { name: "Bulk actions" });
    await bulk.getByText("2 selected").waitFor();
    await bulk.getByRole("button", { name: "Tag…" }).click();
    await bulk.getByLabel("Tag name").fill(`Beta ${run}`);
    await bulk.getByLabel("Tag name").press("Enter");
    await bulk.getByRole("status").getByText(`Tagged 2 contacts “Beta ${run}”.`).waitFor();
    const tagged = await api(`/contacts/${anonymous}`);
    expect(JSON.stringify(tagged.tags)).toContain(`Beta ${run}`);
    await bulk.getByRole("button", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete 2 contacts?" });
    await dialog.getByRole("button", { name: "Delete 2 contacts" }).click();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe("Deleted 2 contacts. 1 contact matches.");
    expect(await table.getByRole("link").allTextContents()).toEqual([`Grace Hopper ${run}`]);
    for (const id of [anonymous, other]) {
      const gone = await fetch(`${base()}/api/contacts/${id}`, { headers: { authorization: `Bearer ${inject("demo").apiToken}` } });
      expect(gone.status).toBe(404);
    }
    await context.close();
  });
});

describe("the contacts view on a phone", () => {
  it("fits the screen and opens a contact from the keyboard", async () => {
    const { context, page } = await signedIn({ width: 390, height: 844 }, "#/contacts");
    const table = page.getByRole("region", { name: "Contacts table" });
    const link = table.getByRole("link", { name: `Grace Hopper ${run}` });
    await link.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "contacts-table-phone");

    await link.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Grace Hopper ${run}`, level: 2 }).waitFor();
    await page.getByRole("region", { name: "Attributes" }).getByText("pro", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "contact-page-phone");
    await context.close();
  });
});
