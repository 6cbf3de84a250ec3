import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { api } from "../e2e/restApi.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");

/** Runs in the page: the browser never becomes idle until the test says so with `__releaseIdle()`. */
function holdIdleCallbacks(): void {
  const held: (() => void)[] = [];
  Reflect.set(window, "__releaseIdle", () => held.splice(0).forEach((fn) => fn()));
  window.requestIdleCallback = (fn) => {
    held.push(() => fn({ didTimeout: false, timeRemaining: () => 50 }));
    return held.length;
  };
}

/** The page with idle held, and what it asked of Parley's server: requests by path, and sockets. */
async function openHeld(path: string): Promise<{ page: Page; requests: string[]; sockets: string[]; release: () => Promise<void> }> {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(holdIdleCallbacks);
  const requests: string[] = [];
  const sockets: string[] = [];
  page.on("request", (r) => r.url().startsWith(base()) && requests.push(new URL(r.url()).pathname));
  page.on("websocket", (ws) => sockets.push(ws.url()));
  await page.goto(`${suite.host.url}${path}`);
  await page.waitForFunction(() => typeof window.Intercom === "function" && "booted" in window.Intercom);
  // Two frames after the loader ran: anything it did eagerly has been sent by now.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, requests, sockets, release: () => page.evaluate(() => Reflect.get(window, "__releaseIdle")()) };
}


describe("the loader before the host page is idle", () => {
  it("shows the launcher at once, sends no boot request and opens no socket until idle, and keeps the calls made meanwhile", async () => {
    const extra = "Intercom('trackEvent', 'waited-for-idle'); Intercom('update', { plan: 'idle' }); Intercom('ready', function () { window.__ready = true; });";
    suite.host.page("/idle", snippetPage(base(), { app_id: "demo" }, extra));
    const { page, requests, sockets, release } = await openHeld("/idle");
    await page.getByRole("button", { name: "Open the messenger", exact: true }).waitFor();
    expect(requests).toEqual(["/widget/demo"]);
    expect(sockets).toEqual([]);
    expect(await page.evaluate(() => Reflect.get(window, "__ready"))).toBeUndefined();
    const visitorId = String(await page.evaluate(() => window.Intercom?.("getVisitorId")));
    expect(visitorId).toMatch(/^[0-9a-f]{24}$/);

    await release();
    await page.waitForFunction(() => Reflect.get(window, "__ready") === true);
    expect(requests).toContain("/messenger/demo/boot");
    await expect.poll(() => sockets.length).toBe(1);
    expect(await page.evaluate(() => window.Intercom?.("getVisitorId"))).toBe(visitorId);
    await expect
      .poll(async () => (await api("/contacts/search", { query: { operator: "AND", value: [{ field: "event.waited-for-idle.count", operator: "=", value: 1 }, { field: "custom_attributes.plan", operator: "=", value: "idle" }] } })).data, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.objectContaining({ id: visitorId })]));
    await page.context().close();
  });

  it("boots at once when the visitor opens the messenger before the page is idle", async () => {
    suite.host.page("/early-click", snippetPage(base(), { app_id: "demo" }));
    const { page, requests } = await openHeld("/early-click");
    await page.getByRole("button", { name: "Open the messenger", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Send us a message" }).waitFor();
    expect(requests).toContain("/messenger/demo/boot");
    await page.context().close();
  });

  it("keeps the default launcher hidden under hide_default_launcher while a custom launcher opens the messenger", async () => {
    const extra = "document.body.insertAdjacentHTML('beforeend', '<button type=\"button\" id=\"help\">Chat with us</button>');";
    suite.host.page("/hidden", snippetPage(base(), { app_id: "demo", hide_default_launcher: true, custom_launcher_selector: "#help" }, extra));
    const { page, release } = await openHeld("/hidden");
    await release();
    await page.evaluate(() => new Promise((resolve) => window.Intercom?.("ready", resolve)));
    expect(await page.getByRole("button", { name: /Open the messenger/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Chat with us" }).click();
    await page.getByRole("dialog").waitFor();
    expect(await page.getByRole("button", { name: /Open the messenger/ }).count()).toBe(0);
    await page.context().close();
  });
});
