import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

// The engage editors and the reports as a support team sees them on day one (issue 17: items 4, 5, 8).
let browser: Browser;
const base = () => inject("baseUrl");
const PHONE = { viewport: { width: 390, height: 844 } } satisfies BrowserContextOptions;
const DESKTOP = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;
const SHOTS = "docs/screenshots";
/** `PARLEY_SCREENSHOTS=1` refreshes the pictures in docs/screenshots; ordinary runs leave the tree alone. */
const shoot = (page: Page, name: string, fullPage = false) => (process.env.PARLEY_SCREENSHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage }) : Promise.resolve());

beforeAll(async () => {
  browser = await launchChromium();
  if (process.env.PARLEY_SCREENSHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(options: BrowserContextOptions, hash: string): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${base()}/admin/`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.evaluate((h) => (location.hash = h), hash);
  return page;
}

async function newMessageForm(options: BrowserContextOptions): Promise<{ page: Page; form: Locator }> {
  const page = await signedIn(options, "#/messages");
  await page.getByRole("tab", { name: "New message" }).click();
  const form = page.getByRole("form", { name: "New message" });
  await form.getByLabel("Field").waitFor();
  return { page, form };
}

/** The vertical middle of each control, to tell whether they share a row. */
const middles = (controls: Locator[]) => Promise.all(controls.map(async (c) => ((await c.boundingBox()) ?? { y: -999, height: 0 }).y + ((await c.boundingBox())?.height ?? 0) / 2));

describe("Messages → New message", () => {
  it("at 1280 px: radios keep their size, a condition is one row, no error before anything is typed", async () => {
    const { page, form } = await newMessageForm(DESKTOP);
    await page.waitForTimeout(600);
    expect(await form.locator(".alert-error, [role=alert]").count()).toBe(0);
    expect(await form.textContent()).not.toMatch(/rules\.value|expected a number/);
    for (const radio of await form.getByRole("radio").all()) expect((await radio.boundingBox())?.width).toBeLessThan(40);
    const row = [form.getByLabel("Field"), form.getByLabel("Operator"), form.getByLabel("Days ago"), form.getByRole("button", { name: "Remove condition" })];
    const ys = await middles(row);
    for (const y of ys) expect(Math.abs(y - (ys[0] ?? 0))).toBeLessThan(6);
    await shoot(page, "engage-new-message-desktop");
    await page.context().close();
  });

  it("says in words what is wrong, on leaving a field and on sending", async () => {
    const { page, form } = await newMessageForm(DESKTOP);
    await form.getByLabel("Days ago").focus();
    await page.keyboard.press("Tab");
    await form.getByText("Days ago must be a number").waitFor();
    await form.getByLabel("Days ago").fill("3");
    await expect.poll(() => form.getByText("Days ago must be a number").count()).toBe(0);
    await form.getByLabel("Field").selectOption("attribute");
    await form.getByLabel("Message (Markdown)").fill("Hello");
    await form.getByRole("button", { name: "Send now" }).click();
    await form.getByText("Attribute name is required").first().waitFor();
    expect(await form.textContent()).not.toMatch(/rules\.value|custom_attributes\.:/);
    await page.context().close();
  });

  it("at 390 px: wraps a condition inside the form, never wider than the screen", async () => {
    const { page, form } = await newMessageForm(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const formBox = await form.boundingBox();
    for (const control of [form.getByLabel("Field"), form.getByLabel("Operator"), form.getByLabel("Days ago"), form.getByRole("button", { name: "Remove condition" })]) {
      const box = await control.boundingBox();
      expect(box && formBox && box.x + box.width <= formBox.x + formBox.width + 1).toBe(true);
    }
    await shoot(page, "engage-new-message-phone", true);
    await page.context().close();
  });
});

describe("routing rules", () => {
  it("edit contact conditions with the visual rule builder and keep them after a reload", async () => {
    const page = await signedIn(DESKTOP, "#/routing");
    const form = page.getByRole("form", { name: "Rules for new conversations" });
    await form.getByRole("button", { name: "Add a rule" }).click();
    const name = `Day one ${Date.now()}`;
    await form.getByRole("listitem").last().getByLabel("Name").fill(name);
    const rule = form.getByRole("listitem", { name: new RegExp(name) });
    expect(await rule.locator("textarea").count()).toBe(0);
    await rule.getByRole("button", { name: "Add contact conditions" }).click();
    await rule.getByLabel("Field").selectOption("attribute");
    await rule.getByLabel("Attribute name").fill("day_one_plan");
    await rule.getByLabel("Value").fill("enterprise");
    await rule.getByLabel("Assign to team").selectOption({ index: 1 });
    await form.getByRole("button", { name: "Save rules" }).click();
    await form.getByText("Routing rules saved.").waitFor();
    await shoot(page, "routing-rules-desktop");

    await page.reload();
    const saved = page.getByRole("listitem", { name: new RegExp(name) });
    expect(await saved.getByLabel("Attribute name").inputValue()).toBe("day_one_plan");
    expect(await saved.getByLabel("Value").inputValue()).toBe("enterprise");
    await saved.getByRole("button", { name: `Remove ${name}` }).click();
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByText("Routing rules saved.").waitFor();
    await page.context().close();
  });
});

describe("reports", () => {
  it("show every column of the help center's articles table at 1280 px", async () => {
    const page = await signedIn(DESKTOP, "#/help");
    const table = page.getByRole("region", { name: "Articles table" });
    await table.waitFor();
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("keep chart labels at 11 px or more on a phone", async () => {
    const page = await signedIn(PHONE, "#/reports");
    await page.locator(".chart-svg").first().waitFor();
    const sizes = await page.locator(".chart-svg text").evaluateAll((texts) =>
      texts.map((t) => {
        const svg = t.closest("svg");
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await page.context().close();
  });
});
