import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function signedInSettings(): Promise<Page> {
  const { email, password } = inject("demo");
  const page = await browser.newPage();
  await page.goto(`${inject("baseUrl")}/admin/`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { name: "Identity verification" }).waitFor({ timeout: 10_000 });
  return page;
}

/** An unsigned identified boot of the demo app, as any website visitor could send it. */
function unsignedBootStatus(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch("/messenger/demo/boot", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ settings: { app_id: "demo", user_id: "someone-else" } }),
    });
    return response.status;
  });
}

describe("the owner's identity verification settings", () => {
  it("show the secret on demand and switch enforcement on and off", async () => {
    const page = await signedInSettings();
    expect(await page.getByLabel("Identity secret").count()).toBe(0);
    await page.getByRole("button", { name: "Show identity secret" }).click();
    const secret = page.getByLabel("Identity secret");
    await secret.waitFor();
    expect(await secret.inputValue()).toBe(inject("demo").identitySecret);

    await page.getByRole("button", { name: "Enforce identity verification" }).click();
    await page.getByText("Enforced", { exact: true }).waitFor();
    expect(await unsignedBootStatus(page)).toBe(403);

    await page.getByRole("button", { name: "Turn enforcement off" }).click();
    await page.getByText("Off", { exact: true }).waitFor();
    expect(await unsignedBootStatus(page)).toBe(200);
    await page.close();
  });
});
