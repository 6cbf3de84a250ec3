import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { call, aWorkspace } from "./fixtures.ts";
import { aContact, anAutoMessage, deliveries, outbox, runAt, T } from "./engageFixtures.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };

describe("email deliveries", () => {
  it("record the rendered email with an unsubscribe link in the outbox", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "Pro news", body: "Hello **pro** <script>x</script>" });
    const contact = await aContact(ws, { customAttributes: { plan: "pro" } });
    await runAt(T);
    const [email, ...rest] = await outbox(ws);
    expect(rest).toEqual([]);
    expect(email).toMatchObject({ recipient: contact.email, subject: "Pro news" });
    expect(email?.html).toContain("<strong>pro</strong> &#60;script&#62;");
    expect(email?.text).toMatch(/\/messenger\/[^/]+\/unsubscribe\?c=[0-9a-f]{24}&t=[0-9a-f]{64}/);
  });

  it("stop after the contact unsubscribes through the link, while in-app messages still arrive", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "First" });
    const contact = await aContact(ws, { customAttributes: { plan: "pro" } });
    await runAt(T);
    const link = (await outbox(ws))[0]?.text.match(/https?:\/\/\S+unsubscribe\S+/)?.[0] ?? "";
    const path = new URL(link).pathname + new URL(link).search;

    const page = await call(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<form method=\"post\">");
    const stillSubscribed = await call(`/api/contacts/${contact.id}`, { token: ws.token });
    expect(await stillSubscribed.json()).toMatchObject({ unsubscribed_from_emails: false });

    const confirm = await call(path, { method: "POST" });
    expect(confirm.status).toBe(200);
    const second = await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "Second" });
    const inApp = await anAutoMessage(ws, { rules: PRO, channel: "in_app" });
    await runAt(T + 60);
    expect(await deliveries(ws, `auto_message_id=${second}`)).toEqual([]);
    expect(await deliveries(ws, `auto_message_id=${inApp}`)).toHaveLength(1);
    expect((await outbox(ws)).map((e) => e.subject)).toEqual(["First"]);
  });

  it("refuse an unsubscribe link with a forged token", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    const response = await call(`/messenger/${ws.appId}/unsubscribe?c=${contact.id}&t=${"0".repeat(64)}`, { method: "POST" });
    expect(response.status).toBe(404);
    const after = await call(`/api/contacts/${contact.id}`, { token: ws.token });
    expect(await after.json()).toMatchObject({ unsubscribed_from_emails: false });
  });
});
