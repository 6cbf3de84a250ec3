import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { launchChromium } from "../e2e/browser.ts";
import { snippetPage, startHostSite } from "../e2e/hostPage.ts";

// The messenger's Home (issue 17 item 10) and office hours (issue 13 item 6), on a phone and a
// desktop: the real team, the expected reply time or when the team is back, the launcher that
// closes the messenger, and Help opening on collections and popular articles.
let browser: Browser;
let host: Awaited<ReturnType<typeof startHostSite>>;
const base = () => inject("baseUrl");
const PHONE = { viewport: { width: 390, height: 844 } } satisfies BrowserContextOptions;
const DESKTOP = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;
const SHOTS = "docs/screenshots";
/** `PARLEY_SCREENSHOTS=1` refreshes the pictures in docs/screenshots; ordinary runs leave the tree alone. */
const shoot = (page: Page, name: string) => (process.env.PARLEY_SCREENSHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png` }) : Promise.resolve());
const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

async function officeHours(method: "PUT" | "DELETE", body?: unknown): Promise<void> {
  const response = await fetch(`${base()}/api/office_hours`, {
    method,
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

const alwaysOpen = { timezone: "Europe/Paris", intervals: DAYS.map((day) => ({ day, open: "00:00", close: "24:00" })), reply_time: "hours" };
/** Open only 09:00–10:00 UTC three days from now: closed now, back on a named weekday. */
function closedUntilLater(): { hours: unknown; opensAt: Date } {
  const later = new Date(Date.now() + 3 * 86_400_000);
  const opensAt = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate(), 9));
  return { hours: { timezone: "UTC", intervals: [{ day: DAYS[(later.getUTCDay() + 6) % 7], open: "09:00", close: "10:00" }], reply_time: "minutes" }, opensAt };
}

async function visit(path: string, options: BrowserContextOptions): Promise<Page> {
  host.page(path, snippetPage(base(), { app_id: "demo" }));
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${host.url}${path}`);
  return page;
}

const dialog = (page: Page) => page.getByRole("dialog");
const savedSchema = z.object({ timezone: z.string(), reply_time: z.string(), inherited: z.boolean(), intervals: z.array(z.object({ day: z.string(), open: z.string(), close: z.string() })) });

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostSite();
  if (process.env.PARLEY_SCREENSHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await officeHours("DELETE").catch(() => undefined);
  await browser?.close();
  await host?.close();
});

describe("the messenger's Home", () => {
  it("shows the team with who is online and the reply time during office hours, and the launcher closes it", async () => {
    await officeHours("PUT", alwaysOpen);
    // The owner opens the inbox: the messenger shows them online (presence is cached for 15 s).
    const admin = await browser.newPage();
    await admin.goto(`${base()}/admin/`);
    await admin.getByLabel("Email").fill(inject("demo").email);
    await admin.getByLabel("Password").fill(inject("demo").password);
    await admin.getByRole("button", { name: /sign in/i }).click();
    await admin.getByRole("link", { name: "Inbox" }).first().waitFor();

    for (const [options, name] of [[DESKTOP, "desktop"], [PHONE, "phone"]] as const) {
      // Without the panel's slide-in, the screenshots show it settled.
      const page = await visit(`/home-${name}`, { ...options, reducedMotion: "reduce" });
      const launcher = page.getByRole("button", { name: /Open the messenger/ });
      await expect
        .poll(
          async () => {
            await page.reload();
            await launcher.click();
            await dialog(page).getByText("We usually reply in a few hours").waitFor();
            return dialog(page).getByText("Demo is online").count();
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(1);
      const team = dialog(page).getByRole("list", { name: "Our team" });
      expect(await team.getByRole("listitem").filter({ hasText: "Demo (online)" }).count()).toBe(1);
      await shoot(page, `messenger-home-${name}`);

      if (name === "desktop") {
        const close = page.getByRole("button", { name: "Close the messenger" }).first();
        expect(await close.getAttribute("aria-expanded")).toBe("true");
        await close.click();
        await dialog(page).waitFor({ state: "detached" });
        expect(await launcher.getAttribute("aria-expanded")).toBe("false");
        await launcher.click();
        await dialog(page).waitFor();
      }
      await page.context().close();
    }
    await admin.close();
  });

  it("says when the team is back on the visitor's clock outside office hours, and the first message gets an automatic reply", async () => {
    const { hours, opensAt } = closedUntilLater();
    await officeHours("PUT", hours);
    const page = await visit("/home-closed", { ...PHONE, timezoneId: "Asia/Tokyo" });
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    const weekday = opensAt.toLocaleDateString("en-US", { weekday: "long", timeZone: "Asia/Tokyo" });
    // 09:00 UTC is 18:00 in Tokyo.
    await dialog(page).getByText(`We'll be back ${weekday} at 18:00`).waitFor();
    expect(await dialog(page).getByText(/We usually reply/).count()).toBe(0);

    await dialog(page).getByRole("button", { name: "Send us a message" }).click();
    await page.getByRole("textbox", { name: "Write a message…" }).fill(`After hours ${Date.now()}`);
    await page.keyboard.press("Enter");
    const log = page.getByRole("log");
    await log.getByText(`will be back ${weekday} at 18:00`, { exact: false }).waitFor();
    await log.getByText("Leave your email below", { exact: false }).waitFor();
    await page.getByRole("form", { name: "Get notified by email" }).waitFor();
    await page.context().close();
  });
});

describe("the messenger's Help space", () => {
  it("opens on the most viewed articles and the collections, and browses a collection from the keyboard", async () => {
    const page = await visit("/help-home", DESKTOP);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await dialog(page).getByRole("navigation").getByRole("button", { name: "Help", exact: true }).click();
    const popular = dialog(page).getByRole("list", { name: "Most viewed" });
    await popular.waitFor();
    expect(await popular.getByRole("button").count()).toBeGreaterThan(0);
    const collections = dialog(page).getByRole("list", { name: "Collections" });
    const first = collections.getByRole("button").first();
    const name = (await first.evaluate((el) => el.firstChild?.textContent ?? "")).trim();
    await first.focus();
    await page.keyboard.press("Enter");
    await dialog(page).getByRole("heading", { name }).waitFor();
    const articles = dialog(page).getByRole("listitem").getByRole("button");
    expect(await articles.count()).toBeGreaterThan(0);
    const title = (await articles.first().evaluate((el) => el.firstChild?.textContent ?? "")).trim();
    await articles.first().click();
    await dialog(page).getByRole("heading", { name: title }).waitFor({ timeout: 15_000 });
    await dialog(page).getByRole("button", { name: "‹ All articles" }).click();
    await dialog(page).getByRole("heading", { name }).waitFor();
    await page.context().close();
  });
});

describe("the office hours editor in the admin app's settings", () => {
  it("saves weekday hours in a time zone with the keyboard-reachable controls", async () => {
    const page = await browser.newPage();
    await page.goto(`${base()}/admin/`);
    await page.getByLabel("Email").fill(inject("demo").email);
    await page.getByLabel("Password").fill(inject("demo").password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    const section = page.getByRole("region", { name: "Office hours" });
    await section.getByLabel("Time zone").waitFor({ timeout: 10_000 });
    await section.getByLabel("Time zone").selectOption("America/New_York");
    await section.getByLabel("We usually reply").selectOption("day");
    await section.getByRole("button", { name: "Weekdays 9:00–17:00" }).click();
    await section.getByLabel("Closes on Friday").fill("15:30");
    await section.getByRole("button", { name: "Save office hours" }).click();
    await section.getByRole("status").getByText("Office hours saved.").waitFor();
    const response = await fetch(`${base()}/api/office_hours`, { headers: { authorization: `Bearer ${inject("demo").apiToken}` } });
    const saved = savedSchema.parse(await response.json());
    expect(saved).toMatchObject({ timezone: "America/New_York", reply_time: "day", inherited: false });
    expect(saved.intervals).toHaveLength(5);
    expect(saved.intervals[4]).toEqual({ day: "friday", open: "09:00", close: "15:30" });
    await page.close();
  });
});
