import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the admin app at /admin/", () => {
  it("signs in with the demo credentials and shows the admin's name", async () => {
    const { email, password } = inject("demo");
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/admin/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("banner").getByText("Demo Owner").waitFor({ timeout: 10_000 });
    await page.reload();
    await page.getByRole("banner").getByText("Demo Owner").waitFor({ timeout: 10_000 });
    await page.close();
  });

  it("shows an error and stays signed out with a wrong password", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/admin/`);
    await page.getByLabel("Email").fill(inject("demo").email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: /sign in/i }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain("incorrect");
    expect(await page.getByRole("banner").count()).toBe(0);
    await page.close();
  });
});

describe("the help center at /", () => {
  it("serves the home page with a skip link and a main landmark", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${inject("baseUrl")}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Skip to content" }).count()).toBe(1);
    await page.close();
  });
});
