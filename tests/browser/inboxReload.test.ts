import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";

// Issue 17, item 3: after a reload the inbox list previews each conversation's latest message,
// as live updates do, and names each contact from the list's own answer.
let browser: Browser;
const base = () => inject("baseUrl");

async function api(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${base()}/api${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  const json: unknown = await response.json();
  if (typeof json !== "object" || json === null) throw new Error(`${path} answered ${JSON.stringify(json)}`);
  return Object.fromEntries(Object.entries(json));
}

/** A named user who opened a conversation and then wrote again; the id of that conversation. */
async function conversationWithFollowUp(name: string, first: string, latest: string): Promise<string> {
  const contact = await api("/contacts", { role: "user", external_id: `reload-${crypto.randomUUID()}`, name });
  const started = await api("/conversations", { from: { type: "user", id: String(contact.id) }, body: first });
  const id = String(started.conversation_id);
  await api(`/conversations/${id}/reply`, { type: "user", message_type: "comment", intercom_user_id: String(contact.id), body: latest });
  return id;
}

const rowOf = (page: Page, id: string) => page.getByRole("list", { name: "Conversations" }).locator(`a[href$="/${id}"]`);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the inbox list after a reload", () => {
  it("previews each conversation's latest message and names its contact, without a request per contact", async () => {
    const stamp = Date.now();
    const ada = { name: `Ada Reload ${stamp}`, first: `Hello from Ada ${stamp}`, latest: `Ada again, one more detail ${stamp}` };
    const bo = { name: `Bo Reload ${stamp}`, first: `Hello from Bo ${stamp}`, latest: `Bo again, never mind ${stamp}` };
    const adaId = await conversationWithFollowUp(ada.name, ada.first, ada.latest);
    const boId = await conversationWithFollowUp(bo.name, bo.first, bo.latest);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base()}/admin/#/inbox/all/open`);
    await page.getByLabel("Email").fill(inject("demo").email);
    await page.getByLabel("Password").fill(inject("demo").password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await rowOf(page, adaId).waitFor();

    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.reload();
    for (const { id, person } of [{ id: adaId, person: ada }, { id: boId, person: bo }]) {
      const row = rowOf(page, id);
      await row.filter({ hasText: person.latest }).waitFor();
      expect(await row.innerText()).toContain(person.name);
      expect(await row.innerText()).not.toContain(person.first);
    }
    expect(requested.filter((path) => path.startsWith("/api/contacts"))).toEqual([]);
    expect(requested.filter((path) => path === "/admin/api/inbox/conversations").length).toBeGreaterThan(0);
    await context.close();
  });
});
