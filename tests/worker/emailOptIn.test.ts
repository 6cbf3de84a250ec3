import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { contactById } from "../../worker/db/contacts.ts";
import { OPT_INS_PER_HOUR } from "../../worker/visitor/emailOptIn.ts";
import { aWorkspace, call, db, errorCode, type TestWorkspace } from "./fixtures.ts";
import { anAutoMessage, outbox, runAt, T } from "./engageFixtures.ts";
import { boot, type Visitor } from "./messenger.ts";

// Issue 12 item 6 / issue 17 item 11: an anonymous visitor's typed email becomes mailable only
// once a link sent to it is opened.

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };

function optIn(ws: TestWorkspace, visitor: Visitor, email: string): Promise<Response> {
  return call(`/messenger/${ws.appId}/email`, { method: "POST", json: { email }, headers: { authorization: `Bearer ${visitor.token}` } });
}

function confirm(ws: TestWorkspace, token: string): Promise<Response> {
  return call(`/messenger/${ws.appId}/email/confirm`, { method: "POST", json: { token } });
}

/** The token from the link of the latest confirmation email to `recipient`. */
async function linkToken(ws: TestWorkspace, recipient: string): Promise<string> {
  const mail = (await outbox(ws)).find((e) => e.recipient === recipient);
  const match = /\/messenger\/[^/]+\/confirm-email#(e1\.[A-Za-z0-9._-]+)/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no confirmation link to ${recipient}`);
  return match[1];
}

async function contactOf(ws: TestWorkspace, visitor: Visitor) {
  const contact = await contactById(db(), ws.workspaceId, visitor.visitorId);
  if (!contact) throw new Error("contact missing");
  return contact;
}

describe("POST /messenger/:app_id/email", () => {
  it("stores the email unverified on the visitor's own contact and mails one confirmation link", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const response = await optIn(ws, visitor, "ann@example.com");
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: "confirmation_sent" });
    expect(await contactOf(ws, visitor)).toMatchObject({ email: "ann@example.com", emailVerified: false, role: "lead" });
    const mails = await outbox(ws);
    expect(mails.map((m) => m.recipient)).toEqual(["ann@example.com"]);
    expect(mails[0]?.text).not.toMatch(/[?&]t(oken)?=/);
  });

  it("answers the same when another contact holds the address, and neither reaches nor changes it", async () => {
    const ws = await aWorkspace();
    const created = await call("/api/contacts", { method: "POST", token: ws.token, json: { email: "ceo@customer.example", external_id: "ceo" } });
    const ceo: { id: string } = await created.json();
    const visitor = await boot(ws);
    const response = await optIn(ws, visitor, "ceo@customer.example");
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: "confirmation_sent" });
    expect((await contactOf(ws, visitor)).id).toBe(visitor.visitorId);
    expect(await contactById(db(), ws.workspaceId, ceo.id)).toMatchObject({ email: "ceo@customer.example", emailVerified: true, externalId: "ceo" });
  });

  it("refuses an address that is not an email", async () => {
    const ws = await aWorkspace();
    const response = await optIn(ws, await boot(ws), "not an email");
    expect(response.status).toBe(400);
    expect(await outbox(ws)).toEqual([]);
  });

  it("refuses a request without a visitor token", async () => {
    const ws = await aWorkspace();
    const response = await call(`/messenger/${ws.appId}/email`, { method: "POST", json: { email: "ann@example.com" } });
    expect(response.status).toBe(401);
  });

  it(`answers 429 past ${OPT_INS_PER_HOUR} requests an hour from one contact`, async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    for (let i = 0; i < OPT_INS_PER_HOUR; i++) expect((await optIn(ws, visitor, `try${i}@example.com`)).status).toBe(202);
    const refused = await optIn(ws, visitor, "one-more@example.com");
    expect(refused.status).toBe(429);
    expect(await errorCode(refused)).toBe("rate_limit_exceeded");
    expect((await outbox(ws)).length).toBe(OPT_INS_PER_HOUR);
  });
});

describe("POST /messenger/:app_id/email/confirm", () => {
  it("verifies the address, after which engage email reaches the contact", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "Welcome" });
    const visitor = await boot(ws, { plan: "pro" });
    await optIn(ws, visitor, "ann@example.com");
    await runAt(T);
    expect((await outbox(ws)).map((m) => m.subject)).not.toContain("Welcome");
    const response = await confirm(ws, await linkToken(ws, "ann@example.com"));
    expect(response.status).toBe(200);
    expect(await contactOf(ws, visitor)).toMatchObject({ email: "ann@example.com", emailVerified: true });
    await runAt(T + 60);
    expect((await outbox(ws)).filter((m) => m.subject === "Welcome").map((m) => m.recipient)).toEqual(["ann@example.com"]);
  });

  it("refuses a token once the contact's email changed", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    await optIn(ws, visitor, "first@example.com");
    const first = await linkToken(ws, "first@example.com");
    await optIn(ws, visitor, "second@example.com");
    expect((await confirm(ws, first)).status).toBe(404);
    expect((await contactOf(ws, visitor)).emailVerified).toBe(false);
  });

  it("refuses a tampered token, another contact's name on it, or another workspace's", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const other = await boot(ws);
    await optIn(ws, visitor, "ann@example.com");
    const token = await linkToken(ws, "ann@example.com");
    const [, , issued, mac] = token.split(".");
    expect((await confirm(ws, `e1.${other.visitorId}.${issued}.${mac}`)).status).toBe(404);
    expect((await confirm(ws, `${token.slice(0, -2)}AA`)).status).toBe(404);
    expect((await confirm(ws, "nonsense")).status).toBe(404);
    const elsewhere = await aWorkspace();
    expect((await confirm(elsewhere, token)).status).toBe(404);
    expect((await contactOf(ws, visitor)).emailVerified).toBe(false);
  });

  it("refuses a token older than seven days", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    await optIn(ws, visitor, "ann@example.com");
    const token = await linkToken(ws, "ann@example.com");
    const [, contactId, issued, mac] = token.split(".");
    // Moving issued-at breaks the signature as surely as age would; both must be refused.
    expect((await confirm(ws, `e1.${contactId}.${Number(issued) - 8 * 86_400}.${mac}`)).status).toBe(404);
    expect((await contactOf(ws, visitor)).emailVerified).toBe(false);
  });
});

describe("GET /messenger/:app_id/confirm-email", () => {
  it("serves a page whose only script is pinned by its hash", async () => {
    const ws = await aWorkspace();
    const response = await call(`/messenger/${ws.appId}/confirm-email`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(await response.text()).toContain("Confirm my email");
  });
});
