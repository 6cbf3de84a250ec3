import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

// Issue 12, item 10: the help center and the admin app carry a Content-Security-Policy with
// frame-ancestors, as served by wrangler dev, and still work under it (nothing blocked).

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every Content-Security-Policy violation the browser reports. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe("Content-Security-Policy", () => {
  it("is sent on the help center and the admin app, with frame-ancestors", async () => {
    for (const path of ["/", "/admin/", "/getting-started/"]) {
      const response = await fetch(`${inject("baseUrl")}${path}`);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
  });

  it("blocks nothing the help center needs: pages and search", async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${inject("baseUrl")}/`);
    await page.getByRole("combobox", { name: "Search the help center" }).fill("message");
    await page.getByRole("option").first().waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it("blocks nothing the admin app needs to sign in and show the inbox", async () => {
    const { email, password } = inject("demo");
    const { page, violations } = await watchedPage();
    await page.goto(`${inject("baseUrl")}/admin/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("banner").getByText("Demo Owner").waitFor({ timeout: 10_000 });
    expect(violations).toEqual([]);
    await page.close();
  });
});
