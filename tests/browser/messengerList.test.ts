import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { adminReply, conversationWith } from "../e2e/restApi.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");

async function showMessages(page: Page): Promise<Locator> {
  const nav = page.getByRole("dialog").getByRole("navigation");
  await nav.getByRole("button", { name: "Home", exact: true }).click();
  await nav.getByRole("button", { name: "Messages", exact: true }).click();
  return page.getByRole("list", { name: "Your conversations" }).getByRole("button").first();
}


describe("the messenger's conversation list", () => {
  it("shows who wrote last, their words without Markdown, and how long ago", async () => {
    suite.host.page("/list", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/list`);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await page.getByRole("button", { name: "Send us a message" }).click();
    const stamp = String(Date.now());
    await page.getByRole("textbox", { name: "Write a message…" }).fill(`Where is my **order** ${stamp}?`);
    await page.keyboard.press("Enter");
    await page.getByRole("log").locator("strong", { hasText: "order" }).waitFor();

    const row = await showMessages(page);
    await expect.poll(() => row.textContent()).toContain(`You: Where is my order ${stamp}?`);
    expect(await row.locator("time").textContent()).toMatch(/^(now|1 min)$/);
    expect(await row.textContent()).not.toMatch(/\*\*|\d{1,2}\/\d{1,2}\/\d{4}/);

    await adminReply(await conversationWith(stamp), `Your **order** ships [today](https://example.com/track) ${stamp}`);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(`Demo Owner: Your order ships today ${stamp}`);

    // Later the same day, then later in the week, the row says how long ago in few characters.
    await page.clock.setFixedTime(Date.now() + 3 * 3600_000 + 60_000);
    expect(await (await showMessages(page)).locator("time").textContent()).toBe("3 h");
    await page.clock.setFixedTime(Date.now() + 2 * 86400_000);
    const weekday = new Date(Date.now()).toLocaleDateString(await page.evaluate(() => navigator.language), { weekday: "short" });
    expect(await (await showMessages(page)).locator("time").textContent()).toBe(weekday);
    await context.close();
  });
});
