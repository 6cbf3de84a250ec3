import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { EMAILS_PER_RECIPIENT_PER_DAY } from "../../shared/engage/emailCap.ts";
import { aWorkspace, call } from "./fixtures.ts";
import { anAutoMessage, outbox, runAt, T } from "./engageFixtures.ts";
import { boot } from "./messenger.ts";

// Issue 12, item 6: Parley mails only addresses it has reason to trust, and few times a day.

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };

describe("engage email recipients", () => {
  it("never mails an address a visitor typed into an unsigned boot", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "Welcome" });
    await boot(ws, { user_id: "victim-1", email: "victim@elsewhere.example", plan: "pro" });
    await runAt(T);
    expect((await outbox(ws)).map((e) => e.recipient)).not.toContain("victim@elsewhere.example");
  });

  it("mails an address set through the REST API", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: PRO, channel: "email", subject: "Welcome" });
    const created = await call("/api/contacts", { method: "POST", token: ws.token, json: { email: "known@customer.example", custom_attributes: { plan: "pro" } } });
    expect(created.status).toBe(200);
    await runAt(T);
    expect((await outbox(ws)).map((e) => e.recipient)).toEqual(["known@customer.example"]);
  });

  it(`sends one address at most ${EMAILS_PER_RECIPIENT_PER_DAY} emails a day`, async () => {
    const ws = await aWorkspace();
    for (let i = 0; i < EMAILS_PER_RECIPIENT_PER_DAY + 2; i++) await anAutoMessage(ws, { rules: PRO, channel: "email", subject: `News ${i}`, title: `News ${i}` });
    await call("/api/contacts", { method: "POST", token: ws.token, json: { email: "busy@customer.example", custom_attributes: { plan: "pro" } } });
    await runAt(T);
    await runAt(T + 60);
    expect((await outbox(ws)).length).toBe(EMAILS_PER_RECIPIENT_PER_DAY);
    await runAt(T + 86_400 + 120);
    expect((await outbox(ws)).length).toBe(EMAILS_PER_RECIPIENT_PER_DAY + 2);
  });
});
