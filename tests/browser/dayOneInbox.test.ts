import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

// Issue 17, item 12: the inbox at 1280×800 and on a phone (390×844).
let browser: Browser;
const base = () => inject("baseUrl");
const SHOTS = "docs/screenshots";
/** `PARLEY_SCREENSHOTS=1` refreshes the pictures in docs/screenshots; ordinary runs leave the tree alone. */
const shoot = (page: Page, name: string) => (process.env.PARLEY_SCREENSHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png` }) : Promise.resolve());
const LONG = "Hello! Our invoices for November show the wrong VAT number and the export to CSV drops the last column, can you help?";

async function api(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${base()}/api${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  const json: unknown = await response.json();
  if (typeof json !== "object" || json === null) throw new Error(`${path} answered ${JSON.stringify(json)}`);
  return Object.fromEntries(Object.entries(json));
}

/** A named user's new conversation, waiting on the team; its id. */
async function aWaitingConversation(name: string, body: string): Promise<string> {
  const contact = await api("/contacts", { role: "user", external_id: `day-one-inbox-${crypto.randomUUID()}`, name });
  const started = await api("/conversations", { from: { type: "user", id: String(contact.id) }, body });
  return String(started.conversation_id);
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

const rowOf = (page: Page, id: string) => page.getByRole("list", { name: "Conversations" }).locator(`a[href$="/${id}"]`);

async function box(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

let id = "";
beforeAll(async () => {
  browser = await launchChromium();
  if (process.env.PARLEY_SCREENSHOTS) mkdirSync(SHOTS, { recursive: true });
  id = await aWaitingConversation("Dana Wide", LONG);
});
afterAll(async () => {
  await browser?.close();
});

describe("the inbox at 1280×800", () => {
  it("gives the conversation at least 520 px beside the list and the contact panel, with the assignee menu in view", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, `#/inbox/all/open/${id}`);
    await page.getByRole("complementary", { name: "Contact" }).getByText("Dana Wide").waitFor();
    const main = await box(page, ".conversation-main");
    expect(main.width).toBeGreaterThanOrEqual(520);
    const assignee = await page.getByRole("combobox", { name: "Assignee" }).boundingBox();
    expect(assignee).not.toBeNull();
    if (assignee) expect(assignee.x + assignee.width).toBeLessThanOrEqual(main.x + main.width);
    await shoot(page, "inbox-desktop");
    await context.close();
  });

  it("shows a long preview well past 25 characters", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, "#/inbox/all/open");
    const preview = rowOf(page, id).locator(".inbox-row-preview");
    await preview.waitFor();
    // How many characters of the message fit in the preview's painted box, in its own font.
    const fitting = await preview.evaluate((el, text) => {
      const style = getComputedStyle(el);
      const context2d = document.createElement("canvas").getContext("2d");
      if (!context2d) return 0;
      context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const lines = Math.round(el.clientHeight / parseFloat(style.lineHeight));
      let n = 0;
      while (n < text.length && context2d.measureText(text.slice(0, n + 1)).width <= el.clientWidth * lines) n++;
      return n;
    }, LONG);
    expect(fitting).toBeGreaterThanOrEqual(40);
    await context.close();
  });

  it("shows how long each conversation has waited on the team", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, "#/inbox/all/open");
    await expect.poll(() => rowOf(page, id).locator(".inbox-row-waiting").textContent()).toMatch(/^waiting (< 1|\d+) min$/);
    await context.close();
  });

  it("counts the conversations on the view tabs", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, "#/inbox/all/open");
    const views = page.getByRole("navigation", { name: "Inbox views" });
    await expect.poll(() => views.getByRole("link", { name: /^All\s*,\s*\d+\+?$/ }).count()).toBe(1);
    await expect.poll(() => views.getByRole("link", { name: /^Unassigned\s*,\s*\d+\+?$/ }).count()).toBe(1);
    await context.close();
  });

  it("puts the number of unread conversations in the browser tab's title", async () => {
    // Its own conversation: the others were opened, and so read, by earlier tests.
    const unread = await aWaitingConversation("Uma Unread", "Is anyone there?");
    const { context, page } = await signedIn({ width: 1280, height: 800 }, "#/inbox/all/open");
    await rowOf(page, unread).waitFor();
    await expect.poll(() => page.title()).toMatch(/^\(\d+\) Inbox — Parley$/);
    await context.close();
  });

  it("collapses the contact panel and remembers it after a reload", async () => {
    const { context, page } = await signedIn({ width: 1280, height: 800 }, `#/inbox/all/open/${id}`);
    const panel = page.getByRole("complementary", { name: "Contact" });
    await panel.waitFor();
    const narrow = (await box(page, ".conversation-main")).width;
    const toggle = page.getByRole("button", { name: "Hide contact" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await toggle.click();
    await expect.poll(() => panel.count()).toBe(0);
    expect((await box(page, ".conversation-main")).width).toBeGreaterThan(narrow + 200);
    await page.reload();
    const show = page.getByRole("button", { name: "Show contact" });
    await show.waitFor();
    expect(await show.getAttribute("aria-expanded")).toBe("false");
    expect(await panel.count()).toBe(0);
    await show.click();
    await panel.waitFor();
    await context.close();
  });
});

describe("the inbox on a phone (390×844)", () => {
  it("keeps the header to one short band so the conversations start high on the screen", async () => {
    const { context, page } = await signedIn({ width: 390, height: 844 }, "#/inbox/all/open");
    await rowOf(page, id).waitFor();
    const banner = await box(page, "header.topbar");
    const nav = await box(page, "nav.sidebar");
    expect(banner.height + nav.height).toBeLessThanOrEqual(110);
    expect((await box(page, ".inbox-list")).y).toBeLessThan(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "inbox-phone");
    await rowOf(page, id).click();
    await page.getByRole("heading", { name: /Dana Wide/ }).waitFor();
    await shoot(page, "inbox-phone-conversation");
    await context.close();
  });
});
