import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { adminReply, api, conversationWith } from "../e2e/restApi.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");
async function openMessenger(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Open the messenger/ }).click();
  await page.getByRole("dialog").waitFor();
}


describe("the messenger on a customer's site", () => {
  it("boots anonymous from queued calls, sends, gets a live reply, counts unread and keeps the conversation across reloads", async () => {
    suite.host.page("/anon", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/anon`);
    await openMessenger(page);
    const visitorId = await page.evaluate(() => window.Intercom?.("getVisitorId"));
    expect(visitorId).toMatch(/^[0-9a-f]{24}$/);
    const start = page.getByRole("button", { name: "Send us a message" });
    // The host's `button{background:rgb(0,255,0)}` must not reach inside, nor the launcher's CSS.
    expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(0, 255, 0)");
    const [panel, greeting] = [await page.getByRole("dialog").boundingBox(), await page.getByText(/^Hi there/).boundingBox()];
    expect(greeting && panel && greeting.y > panel.y + 40 && greeting.x >= panel.x).toBe(true);
    await start.click();
    const text = `Hello from the browser ${Date.now()}`;
    await page.getByRole("textbox", { name: "Write a message…" }).fill(text);
    await page.keyboard.press("Enter");
    await page.getByRole("log").getByText(text).waitFor();

    const conversationId = await conversationWith(text);
    await adminReply(conversationId, "<p>Hi! How can we help?</p>");
    await page.getByRole("log").getByText("Hi! How can we help?").waitFor();
    expect(await page.getByRole("log").getByText("Demo Owner").count()).toBe(1);

    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const launcher = page.getByRole("button", { name: /Open the messenger/ });
    expect(await launcher.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await adminReply(conversationId, "Are you still there?");
    await page.waitForFunction(() => (window as unknown as { __unread: number[] }).__unread.includes(1));
    await page.getByRole("button", { name: /Open the messenger, 1 unread/ }).waitFor();

    await page.reload();
    await openMessenger(page);
    await page.getByRole("dialog").getByRole("navigation").getByRole("button", { name: "Messages", exact: true }).click();
    await page.getByRole("button", { name: /Are you still there\?/ }).click();
    await page.getByRole("log").getByText(text).waitFor();
    await page.getByRole("log").getByText("Are you still there?").waitFor();
    await page.waitForFunction(() => {
      const counts = (window as unknown as { __unread: number[] }).__unread;
      return counts[counts.length - 1] === 0;
    });
    expect(await page.evaluate(() => window.Intercom?.("getVisitorId"))).toBe(visitorId);
    expect(await page.locator("#host-text").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(255, 0, 0)");
    await context.close();
  });

  it("renders hostile text from either side as text", async () => {
    suite.host.page("/xss", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/xss`);
    await openMessenger(page);
    await page.getByRole("button", { name: "Send us a message" }).click();
    const hostile = `<img src=x onerror="window.__xss=1"> ${Date.now()}`;
    await page.getByRole("textbox", { name: "Write a message…" }).fill(hostile);
    await page.keyboard.press("Enter");
    await page.getByRole("log").getByText(hostile).waitFor();
    const conversationId = await conversationWith("onerror");
    await adminReply(conversationId, "<script>window.__xss=2</script>&lt;img src=x onerror=window.__xss=3&gt; [click](javascript:window.__xss=4) **bold**");
    await page.getByRole("log").locator("strong", { hasText: "bold" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.getByRole("log").locator("img, script, a[href^='javascript']").count()).toBe(0);
    await page.getByRole("log").getByText("<img src=x onerror=window.__xss=3>", { exact: false }).waitFor();
    await context.close();
  });

  it("identifies a user with a valid user_hash and refuses a forged one", async () => {
    const secret = inject("demo").identitySecret;
    const userId = `browser-user-${Date.now()}`;
    const hash = createHmac("sha256", secret).update(userId).digest("hex");
    suite.host.page("/user", snippetPage(base(), { app_id: "demo", user_id: userId, email: `${userId}@example.com`, name: "Brow Ser", user_hash: hash }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/user`);
    await openMessenger(page);
    await page.getByText("Hi Brow 👋").waitFor();
    const contact = await api(`/contacts/find_by_external_id/${userId}`);
    expect(contact).toMatchObject({ role: "user", email: `${userId}@example.com` });

    suite.host.page("/forged", snippetPage(base(), { app_id: "demo", user_id: userId, user_hash: "f".repeat(64) }));
    const forged = await context.newPage();
    const errors: string[] = [];
    forged.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await forged.goto(`${suite.host.url}/forged`);
    await forged.waitForFunction(() => typeof window.Intercom === "function" && "booted" in window.Intercom);
    await expect.poll(() => errors.join("\n"), { timeout: 10_000 }).toContain("Identity verification failed");
    expect(await forged.getByRole("button", { name: /Open the messenger/ }).count()).toBe(0);
    await context.close();
  });
});

describe("the messenger's JavaScript API", () => {
  it("keeps trackEvent and update called before the script loaded, and records them on the contact", async () => {
    suite.host.page("/events", snippetPage(base(), { app_id: "demo", plan: "trial" }, "Intercom('trackEvent', 'viewed-pricing', { plan: 'pro' }); Intercom('update', { seats: 3 });"));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/events`);
    await page.getByRole("button", { name: /Open the messenger/ }).waitFor();
    const visitorId = String(await page.evaluate(() => window.Intercom?.("getVisitorId")));
    await expect
      .poll(async () => (await api("/contacts/search", { query: { operator: "AND", value: [{ field: "event.viewed-pricing.count", operator: "=", value: 1 }, { field: "custom_attributes.plan", operator: "=", value: "trial" }] } })).data, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.objectContaining({ id: visitorId })]));
    await context.close();
  });
});

describe("the messenger's Help space", () => {
  it("searches the help center, opens an article inside the messenger and turns a 😞 into a conversation", async () => {
    suite.host.page("/help", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/help`);
    await openMessenger(page);
    await page.getByRole("dialog").getByRole("navigation").getByRole("button", { name: "Help", exact: true }).click();
    await page.getByRole("searchbox", { name: "Search for help" }).fill("throttle");
    const first = page.getByRole("list", { name: "Articles" }).getByRole("button").first();
    await first.waitFor({ timeout: 15_000 });
    expect(await page.getByRole("list", { name: "Articles" }).locator("mark").count()).toBeGreaterThan(0);
    await page.getByRole("searchbox", { name: "Search for help" }).press("Enter");
    await page.getByRole("group", { name: "Did this answer your question?" }).waitFor();
    expect(await page.getByRole("dialog").locator(".art script").count()).toBe(0);
    await page.getByRole("button", { name: "No" }).click();
    await page.getByRole("button", { name: "Talk to us" }).click();
    const composer = page.getByRole("textbox", { name: "Write a message…" });
    const prefill = await composer.inputValue();
    expect(prefill).toMatch(/^About “.+” \(http.+\): $/);
    const articleUrl = /\((http[^)]+)\)/.exec(prefill)?.[1] ?? "";
    const question = `Still stuck ${Date.now()}`;
    await composer.press("End");
    await composer.pressSequentially(question);
    await composer.press("Enter");
    await page.getByRole("log").getByText(question, { exact: false }).waitFor();
    // The team sees which article the conversation came from.
    const conversation = await api(`/conversations/${await conversationWith(question)}`);
    expect(conversation.source).toMatchObject({ url: articleUrl, body: expect.stringContaining(articleUrl) });
    await context.close();
  });

  it("opens an article by id through Intercom('showArticle')", async () => {
    suite.host.page("/article", snippetPage(base(), { app_id: "demo" }, "Intercom('showArticle', 'engage/campaigns');"));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/article`);
    await page.getByRole("dialog").getByRole("heading", { name: "Run a campaign" }).waitFor({ timeout: 15_000 });
    await context.close();
  });
});
