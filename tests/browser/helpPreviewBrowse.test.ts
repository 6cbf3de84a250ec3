// The draft preview holds only what drafts add; published pages come from the public site through
// worker/help/preview.ts. An admin must still browse and search the whole help center in it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { draftMarks } from "./helpBuiltContent.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const base = () => inject("baseUrl");

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base()}/admin/`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("banner").getByText("Demo Owner").waitFor({ timeout: 20_000 });
}

describe("browsing the draft preview", () => {
  it("opens a published article inside the preview, and its search finds published articles and drafts", async () => {
    const draft = draftMarks().find((d) => d.locale === "en" && d.word !== "");
    if (!draft) throw new Error("the content has no English draft with a word of its own");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page);

    await page.goto(`${base()}/admin/help/inbox/`);
    await page.getByRole("link", { name: "Organise teams and route conversations" }).click();
    await page.getByRole("heading", { level: 1, name: "Organise teams and route conversations" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/help/inbox/teams-and-routing/");
    expect(await page.getByRole("note").first().textContent()).toContain("Admin preview");

    const search = page.getByRole("combobox", { name: "Search the help center" });
    await search.fill("priceless");
    const published = page.getByRole("option").first();
    await published.waitFor({ timeout: 20_000 });
    expect(await published.textContent()).toContain("Organise teams and route conversations");
    await search.fill(draft.word);
    const found = page.getByRole("option").filter({ hasText: draft.title }).first();
    await found.waitFor({ timeout: 20_000 });
    await found.click();
    await page.waitForURL((url) => url.pathname === `/admin/help/${draft.id}/`);
    await page.getByRole("heading", { level: 1, name: draft.title }).waitFor();
    await context.close();
  });
});
