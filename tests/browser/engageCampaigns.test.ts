import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

let browser: Browser;
const base = () => inject("baseUrl");
const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${base()}/api${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("a campaign created in the admin app", () => {
  it("runs on a scheduled run and its funnel shows the numbers", async () => {
    const tag = `campaign-${Date.now()}`;
    const created = await api("/contacts", { method: "POST", body: { role: "user", external_id: tag, email: `${tag}@example.com`, custom_attributes: { cohort: tag } } });
    expect(created.status).toBe(200);

    const page = await browser.newPage();
    await page.goto(`${base()}/admin/`);
    await page.getByLabel("Email").fill(inject("demo").email);
    await page.getByLabel("Password").fill(inject("demo").password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await page.getByRole("tab", { name: "Campaigns" }).click();
    await page.getByRole("button", { name: "New campaign" }).click();

    const form = page.getByRole("form", { name: "New campaign" });
    await form.getByLabel("Campaign name").fill(tag);
    await form.getByLabel("Campaign state").selectOption("live");
    const target = form.getByRole("group", { name: "Target" });
    await target.getByLabel("Field").selectOption("attribute");
    await target.getByLabel("Attribute name").fill("cohort");
    await target.getByLabel("Value").fill(tag);
    await expect.poll(() => target.getByTestId("audience-count").textContent(), { timeout: 10_000 }).toBe("Matches 1 person now");
    const first = form.getByRole("group", { name: "Message 1" });
    await first.getByLabel("Message (Markdown)").fill("Welcome to the campaign");
    await form.getByRole("button", { name: "Save campaign" }).click();
    await page.getByRole("row", { name: new RegExp(tag) }).waitFor();

    const scheduled = await fetch(`${base()}/cdn-cgi/local/scheduled?cron=*+*+*+*+*&time=${Date.now()}`);
    expect(scheduled.status).toBe(200);

    await page.getByRole("row", { name: new RegExp(tag) }).getByRole("button", { name: "Report" }).click();
    const funnel = page.getByRole("img", { name: "Campaign funnel" });
    await funnel.waitFor();
    expect(await funnel.locator("title").allTextContents()).toEqual(["Enrolled: 1", "1. Welcome: 1", "Goal reached: 0"]);
    await page.close();
  });
});
