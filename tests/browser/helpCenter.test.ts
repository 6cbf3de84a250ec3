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

async function adminJson(page: Page, path: string): Promise<unknown> {
  return page.evaluate(async (url) => (await fetch(url)).json(), `${base()}${path}`);
}

describe("the help center's search", () => {
  it("finds an article by a word of its body, opens it with the keyboard, and takes a reaction", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    const search = page.getByRole("combobox", { name: "Search the help center" });
    await search.fill("priceless");
    const option = page.getByRole("option").first();
    await option.waitFor({ timeout: 20_000 });
    expect(await option.textContent()).toContain("Organise teams and route conversations");
    expect(await option.locator("mark").count()).toBeGreaterThan(0);
    await search.press("ArrowDown");
    expect(await option.getAttribute("aria-selected")).toBe("true");
    await search.press("Enter");
    await page.waitForURL(/\/inbox\/teams-and-routing\/$/);
    await page.getByRole("button", { name: "Yes" }).click();
    await page.getByText("Thanks for telling us.").waitFor();
    expect(await page.getByRole("button", { name: "Yes" }).getAttribute("aria-pressed")).toBe("true");

    await signIn(page);
    const report = await adminJson(page, "/admin/api/help/articles");
    expect(JSON.stringify(report)).toMatch(/"id":"inbox\/teams-and-routing"[^}]*"views":[1-9]/);
    await context.close();
  });

  it("narrows results to one collection with a filter", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/`);
    await page.getByRole("button", { name: "Engage", exact: true }).click();
    await page.getByRole("combobox", { name: "Search the help center" }).fill("message");
    await page.getByRole("option").first().waitFor({ timeout: 20_000 });
    const collections = await page.locator("[role=option] .result-collection").allTextContents();
    expect(collections.length).toBeGreaterThan(0);
    expect(new Set(collections)).toEqual(new Set(["Engage"]));
    await page.close();
  });

  it("never finds a draft, and reports the miss to the admins' list of failed searches", async () => {
    // The draft with the most distinctive word: Pagefind stems and matches prefixes of short ones.
    const [draft] = draftMarks().sort((a, b) => b.word.length - a.word.length);
    if (!draft) throw new Error("the content has no draft");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    await page.getByRole("combobox", { name: "Search the help center" }).fill(draft.word);
    await page.getByText(`Nothing matches “${draft.word}”`).waitFor({ timeout: 20_000 });
    await page.waitForResponse((r) => r.url().endsWith("/hc/api/searches"), { timeout: 20_000 });

    await signIn(page);
    await page.goto(`${base()}/admin/#/help`);
    const table = page.getByRole("region", { name: "Searches with no results table" });
    await table.getByRole("rowheader", { name: draft.word }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Times" }).click();
    expect(await table.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("ascending");
    await context.close();
  });
});

describe("Talk to us on an article", () => {
  it("links to the contact address when the messenger is not on the page", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/inbox/api-tokens/`);
    await page.getByRole("button", { name: "No" }).click();
    const talk = page.getByRole("link", { name: "Talk to us" });
    await talk.waitFor();
    expect(await talk.getAttribute("href")).toMatch(/^mailto:/);
    await page.close();
  });

  it("opens the messenger with the article as context when it is on the page", async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const calls: unknown[][] = [];
      Reflect.set(window, "parleyCalls", calls);
      Reflect.set(window, "Parley", (...args: unknown[]) => calls.push(args));
    });
    await page.goto(`${base()}/inbox/api-tokens/`);
    await page.getByRole("button", { name: "No" }).click();
    const talked = page.waitForResponse((r) => r.url().endsWith("/hc/api/talk"));
    await page.getByRole("link", { name: "Talk to us" }).click();
    expect((await talked).status()).toBe(204);
    const calls = await page.evaluate(() => Reflect.get(window, "parleyCalls"));
    expect(calls).toEqual([
      ["showNewMessage", { article: { id: "inbox/api-tokens", title: "Use the REST API with an access token", url: expect.stringContaining("/inbox/api-tokens/") } }],
    ]);
    expect(page.url()).toMatch(/\/inbox\/api-tokens\/$/);
    await page.close();
  });
});

describe("the draft preview at /admin/help/", () => {
  it("shows the sign-in page, never the draft, when signed out; the draft with its banner when signed in", async () => {
    const [draft] = draftMarks();
    if (!draft) throw new Error("the content has no draft");
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${base()}/admin/help/${draft.id}/`);
    await page.getByLabel("Password").waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe("/admin/");
    expect(await response?.text()).not.toContain(draft.title);
    expect(await page.content()).not.toContain(draft.title);

    await signIn(page);
    await page.goto(`${base()}/admin/help/${draft.id}/`);
    await page.getByRole("heading", { level: 1, name: draft.title }).waitFor();
    expect(await page.getByRole("note").first().textContent()).toContain("Admin preview");
    await context.close();
  });
});
