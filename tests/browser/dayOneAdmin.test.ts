import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

// Issue 17, item 14: the presence switch, "Forgot password?", and a help center without the
// writers' links for readers.
let browser: Browser;
const base = () => inject("baseUrl");

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base()}/admin/#/inbox`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("banner").waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the presence switch in the header", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`is a labelled switch, operable from the keyboard, at ${viewport.width} px`, async () => {
      const page = await (await browser.newContext({ viewport })).newPage();
      await signIn(page);
      const available = page.getByRole("banner").getByRole("switch", { name: "Available" });
      await expect.poll(() => available.getAttribute("aria-checked")).toBe("true");
      expect(await available.isVisible()).toBe(true);
      await available.focus();
      await page.keyboard.press("Space");
      await expect.poll(() => available.getAttribute("aria-checked")).toBe("false");
      await page.keyboard.press("Enter");
      await expect.poll(() => available.getAttribute("aria-checked")).toBe("true");
      // Both choices are saved in order before the page goes, so the next sign-in starts Available.
      await expect.poll(() => available.getAttribute("aria-busy")).toBe("false");
      await page.context().close();
    });
  }
});

describe("Forgot password? on the sign-in page", () => {
  it("asks for the email and confirms in words that do not reveal whether it has an account", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/admin/`);
    await page.getByLabel("Email").fill("nobody-here@example.com");
    await page.getByRole("button", { name: "Forgot password?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    expect(await page.getByLabel("Email").inputValue()).toBe("nobody-here@example.com");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("If nobody-here@example.com has a Parley account");
    await page.getByRole("button", { name: "Back to sign in" }).click();
    await page.getByRole("heading", { name: "Sign in to your workspace" }).waitFor();
    await page.close();
  });

  it("opens the reset page from the email's link and says so when the link is spent", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/admin/#reset=pr_not_a_real_link_0123456789`);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByLabel("New password", { exact: true }).fill("a brand new password");
    await page.getByLabel("Confirm password", { exact: true }).fill("a brand new password");
    await page.getByRole("button", { name: "Save and sign in" }).click();
    await page.getByText("This link has expired or was already used.").waitFor();
    await page.close();
  });
});

describe("the public help center", () => {
  it("shows readers neither a Sign in link nor Edit this article", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/getting-started/what-is-parley/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Edit this article" }).count()).toBe(0);
    await page.goto(`${base()}/`);
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(0);
    await page.close();
  });
});

describe("invitations", () => {
  it("live on the Team page, not in Settings", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await page.getByRole("heading", { name: /invite/i }).first().waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Workspace" }).waitFor();
    expect(await page.getByRole("heading", { name: /invite/i }).count()).toBe(0);
    await page.context().close();
  });
});
