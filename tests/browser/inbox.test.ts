import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { api, conversationWith } from "../e2e/restApi.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");
// Live updates arrive over the inbox socket, or within one 10 s poll while it is unavailable.
const LIVE = { timeout: 20_000 };

async function signIn(context: BrowserContext, email: string, password: string, hash = "#/inbox/all/open"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base()}/admin/${hash}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("banner").waitFor();
  return page;
}

/** A second admin, invited by the owner and signed in through the invitation. */
async function invitedAdmin(owner: Page): Promise<BrowserContext> {
  const email = `second-${Date.now()}@example.com`;
  const invite = await owner.request.post(`${base()}/admin/api/invites`, { data: { email }, headers: { origin: base() } });
  expect(invite.status(), await invite.text()).toBe(200);
  const answer: unknown = await invite.json();
  const url = typeof answer === "object" && answer !== null && "url" in answer && typeof answer.url === "string" ? answer.url : "";
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const accept = await context.request.post(`${base()}/admin/api/invites/accept`, {
    data: { token: new URL(url).hash.replace("#invite=", ""), name: "Second Admin", password: "second-password-123" },
    headers: { origin: base() },
  });
  expect(accept.status(), await accept.text()).toBe(200);
  return context;
}

function listIn(value: unknown, key: string): unknown[] {
  return typeof value === "object" && value !== null && key in value && Array.isArray(Reflect.get(value, key)) ? Reflect.get(value, key) : [];
}

function idOf(value: unknown): string {
  if (typeof value !== "object" || value === null || !("id" in value)) throw new Error("expected an object with an id");
  return String(value.id);
}

/** A conversation's row; routing may already have replaced the preview with an assignment. */
const rowOf = (page: Page, id: string) => page.getByRole("list", { name: "Conversations" }).locator(`a[href$="/${id}"]`);

async function visitorSays(path: string, text: string): Promise<Page> {
  suite.host.page(path, snippetPage(base(), { app_id: "demo" }));
  const page = await (await suite.browser.newContext()).newPage();
  await page.goto(`${suite.host.url}${path}`);
  await page.getByRole("button", { name: /Open the messenger/ }).click();
  await page.getByRole("button", { name: "Send us a message" }).click();
  await page.getByRole("textbox", { name: "Write a message…" }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("log").getByText(text).waitFor();
  return page;
}


describe("the inbox", () => {
  it("shows a visitor's new conversation live, replies, notes privately, assigns, snoozes and closes while a second admin follows", async () => {
    const { email, password } = inject("demo");
    const ownerContext = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const owner = await signIn(ownerContext, email, password);
    await owner.getByRole("status").filter({ hasText: /conversation/ }).waitFor();

    const second = await (await invitedAdmin(owner)).newPage();
    await second.goto(`${base()}/admin/#/inbox/all/open`);
    await second.getByRole("status").filter({ hasText: /conversation/ }).waitFor();

    const question = `Can I change my plan later? ${Date.now()}`;
    const visitor = await visitorSays("/plans", question);
    const id = await conversationWith(question);
    const row = rowOf(owner, id);
    await row.waitFor(LIVE);
    await row.click();
    const timeline = owner.getByRole("log", { name: "Conversation" });
    await timeline.getByText(question).waitFor();
    await owner.getByRole("complementary").getByText("Other conversations").waitFor();

    await owner.getByRole("textbox", { name: "Reply" }).fill("Yes, any time from Settings.");
    await owner.keyboard.press("Enter");
    await visitor.getByRole("log").getByText("Yes, any time from Settings.").waitFor();

    // Letters typed in a field are text, not shortcuts; outside a field, n opens the note composer.
    await owner.getByRole("textbox", { name: "Reply" }).pressSequentially("nea");
    expect(await owner.getByRole("textbox", { name: "Reply" }).inputValue()).toBe("nea");
    await owner.getByRole("textbox", { name: "Reply" }).fill("");
    await owner.locator("#conversation-title").click();
    await owner.keyboard.press("n");
    const note = owner.getByRole("textbox", { name: "Note" });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill("Internal: offer the annual discount");
    await owner.keyboard.press("Enter");
    await timeline.getByText("Note — only your team sees this").waitFor();
    await timeline.getByText("Internal: offer the annual discount").waitFor();

    await owner.getByLabel("Team").selectOption({ label: "Support" });
    await timeline.getByText(/assigned the conversation to Support/).waitFor();
    const secondRow = rowOf(second, id);
    await secondRow.filter({ hasText: "Support" }).waitFor(LIVE);

    await owner.getByRole("button", { name: "Snooze", exact: true }).click();
    await owner.getByRole("button", { name: "In 1 hour" }).click();
    await timeline.getByText(/snoozed the conversation until/).waitFor();
    await owner.getByRole("heading", { level: 2 }).getByText("Snoozed").waitFor();
    await secondRow.waitFor({ state: "detached", ...LIVE });

    await owner.getByRole("button", { name: "Close", exact: true }).click();
    await timeline.getByText(/closed the conversation/).waitFor();
    await owner.getByRole("button", { name: "Reopen" }).waitFor();

    await owner.getByRole("button", { name: "Reply", exact: true }).click();
    await owner.getByRole("textbox", { name: "Reply" }).fill("Anything else?");
    await owner.keyboard.press("Enter");
    await visitor.getByRole("log").getByText("Anything else?").waitFor();
    expect(await visitor.getByText("annual discount").count()).toBe(0);
    await ownerContext.close();
    await visitor.context().close();
    await second.context().close();
  });

  it("shows a message about pricing live in the Sales view, routed there by the seeded rule", async () => {
    const { email, password } = inject("demo");
    const sales = listIn(await api("/teams"), "teams").find((t) => typeof t === "object" && t !== null && "name" in t && t.name === "Sales");
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password, `#/inbox/team-${idOf(sales)}/open`);
    // The tab's name carries its count once the list has loaded: "Sales, 2".
    await page.getByRole("link", { name: /^Sales(\s*,\s*\d+\+?)?$/ }).and(page.locator("[aria-current=page]")).waitFor();
    await page.getByRole("status").filter({ hasText: /conversation/ }).waitFor();
    const text = `What is your pricing for ten seats? ${Date.now()}`;
    const visitor = await visitorSays("/pricing", text);
    await rowOf(page, await conversationWith(text)).filter({ hasText: "Sales" }).waitFor(LIVE);
    await context.close();
    await visitor.context().close();
  });

  it("lists the shortcuts in a dialog, moves with j and k, and never fires them while typing in search", async () => {
    const { email, password } = inject("demo");
    const visitor = await visitorSays("/shortcuts", `Shortcut check ${Date.now()}`);
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password);
    await page.getByRole("list", { name: "Conversations" }).getByRole("link").first().waitFor(LIVE);
    await page.getByRole("searchbox", { name: "Search conversations" }).fill("j?");
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.getByRole("searchbox", { name: "Search conversations" }).fill("");
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    expect(await dialog.getByRole("row").count()).toBeGreaterThan(7);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.keyboard.press("j");
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/inbox\/all\/open\/\d+$/);
    await page.getByRole("log", { name: "Conversation" }).waitFor();
    await context.close();
    await visitor.context().close();
  });

  it("goes from the list to a conversation and back on a phone-width screen", async () => {
    const { email, password } = inject("demo");
    const text = `Phone question ${Date.now()}`;
    const visitor = await visitorSays("/phone", text);
    const context = await suite.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await signIn(context, email, password);
    const row = rowOf(page, await conversationWith(text));
    await row.waitFor(LIVE);
    await row.click();
    await page.getByRole("log", { name: "Conversation" }).getByText(text).waitFor();
    expect(await page.getByRole("list", { name: "Conversations" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole("link", { name: "← Back to conversations" }).click();
    await row.waitFor();
    await context.close();
    await visitor.context().close();
  });

  it("resumes after a dropped inbox socket and shows what changed meanwhile", async () => {
    const { email, password } = inject("demo");
    const text = `Reconnect question ${Date.now()}`;
    const visitor = await visitorSays("/reconnect", text);
    const id = await conversationWith(text);
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Keeps every socket the app opens so the test can drop the inbox one.
    await context.addInitScript(() => {
      const Native = window.WebSocket;
      const sockets: WebSocket[] = [];
      Object.assign(window, { __sockets: sockets });
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          sockets.push(this);
        }
      };
    });
    const page = await signIn(context, email, password);
    await page.getByRole("status").filter({ hasText: "Live" }).waitFor(LIVE);
    await rowOf(page, id).waitFor(LIVE);

    const me = idOf(await api("/me"));
    const support = listIn(await api("/teams"), "teams").find((t) => typeof t === "object" && t !== null && "name" in t && t.name === "Support");
    // The app waits a second before reconnecting; the assignment lands in that gap.
    await page.evaluate(() => {
      const sockets: unknown = Reflect.get(window, "__sockets");
      if (Array.isArray(sockets)) for (const s of sockets) if (s instanceof WebSocket && s.url.includes("/inbox/ws")) s.close();
    });
    await api(`/conversations/${id}/parts`, { message_type: "assignment", type: "team", admin_id: me, assignee_id: idOf(support) });

    // Well inside the 10 s poll: only the resumed socket can have brought the change.
    await rowOf(page, id).filter({ hasText: "Support" }).waitFor({ timeout: 8000 });
    await page.getByRole("status").filter({ hasText: "Live" }).waitFor();
    const urls = await page.evaluate(() => {
      const sockets: unknown = Reflect.get(window, "__sockets");
      return Array.isArray(sockets) ? sockets.map((s: unknown) => (s instanceof WebSocket ? s.url : "")) : [];
    });
    expect(urls.some((url) => /\/inbox\/ws\?after=\d+$/.test(url))).toBe(true);
    await context.close();
    await visitor.context().close();
  });
});

describe("the team page", () => {
  it("creates, renames, staffs and deletes a team", async () => {
    const { email, password } = inject("demo");
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password, "#/team");
    page.on("dialog", (dialog) => void dialog.accept());
    const name = `Billing ${Date.now()}`;
    await page.getByLabel("New team").fill(name);
    await page.getByRole("button", { name: "Create team" }).click();
    await page.getByRole("heading", { level: 3, name }).waitFor();

    await page.getByRole("button", { name: `Rename ${name}` }).click();
    await page.getByLabel(`Name of ${name}`).fill(`${name} EU`);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { level: 3, name: `${name} EU` }).waitFor();

    await page.getByLabel(`Add a member to ${name} EU`).selectOption({ label: "Demo Owner" });
    await page.getByRole("button", { name: `Add to ${name} EU` }).click();
    await page.getByRole("list", { name: `Members of ${name} EU` }).getByText("Demo Owner").waitFor();
    await page.getByRole("button", { name: `Remove Demo Owner from ${name} EU` }).click();
    await page.getByRole("list", { name: `Members of ${name} EU` }).waitFor({ state: "detached" });

    await page.getByRole("button", { name: `Delete ${name} EU` }).click();
    await page.getByRole("heading", { level: 3, name: `${name} EU` }).waitFor({ state: "detached" });
    await context.close();
  });

});

describe("the routing rules page", () => {
  it("refuses an incomplete routing rule, saves a complete one and keeps it after a reload", async () => {
    const { email, password } = inject("demo");
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password, "#/routing");
    await page.getByRole("button", { name: "Save rules" }).waitFor();
    const before = await page.getByRole("listitem").filter({ has: page.getByRole("group", { name: "When" }) }).count();

    await page.getByRole("button", { name: "Add a rule" }).click();
    const rule = page.getByRole("listitem", { name: `Rule ${before + 1}: Rule ${before + 1}` });
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByRole("alert").filter({ hasText: "Give the rule a name." }).waitFor();

    const name = `Refunds ${Date.now()}`;
    await rule.getByLabel("Name").fill(name);
    await page.getByRole("listitem", { name: `Rule ${before + 1}: ${name}` }).getByLabel("First message contains any of").fill("refund, chargeback");
    await page.getByRole("listitem", { name: `Rule ${before + 1}: ${name}` }).getByLabel("Assign to team").selectOption({ label: "Support" });
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByRole("status").filter({ hasText: "Routing rules saved." }).waitFor();

    await page.reload();
    const saved = page.getByRole("listitem", { name: `Rule ${before + 1}: ${name}` });
    expect(await saved.getByLabel("First message contains any of").inputValue()).toBe("refund, chargeback");
    await saved.getByRole("button", { name: `Remove ${name}` }).click();
    await page.getByRole("button", { name: "Save rules" }).click();
    await page.getByRole("status").filter({ hasText: "Routing rules saved." }).waitFor();
    await context.close();
  });

});

describe("the reports page", () => {
  it("draws the reports as described charts with their data as tables", async () => {
    const { email, password } = inject("demo");
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password, "#/reports");
    const daily = page.getByRole("img", { name: /Conversations opened and closed per day/ });
    await daily.waitFor();
    expect(await daily.locator("desc").textContent()).toMatch(/opened and \d+ closed/);
    await page.getByRole("img", { name: /Conversations per team/ }).waitFor();
    await page.getByText("Show the data as a table").first().click();
    expect(await page.getByRole("table", { name: /per day/ }).getByRole("row").count()).toBeGreaterThan(1);
    await page.getByRole("table", { name: "Median first response per team" }).getByRole("rowheader", { name: "Sales" }).waitFor();
    await context.close();
  });

});

describe("the header's away switch", () => {
  it("switches away mode from the header and keeps it across a reload", async () => {
    const { email, password } = inject("demo");
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signIn(context, email, password);
    const available = page.getByRole("banner").getByRole("switch", { name: "Available" });
    await expect.poll(() => available.getAttribute("aria-checked")).toBe("true");
    await available.click();
    await expect.poll(() => available.getAttribute("aria-checked")).toBe("false");
    await page.reload();
    await expect.poll(() => available.getAttribute("aria-checked"), LIVE).toBe("false");
    await available.click();
    await expect.poll(() => available.getAttribute("aria-checked")).toBe("true");
    await context.close();
  });
});
