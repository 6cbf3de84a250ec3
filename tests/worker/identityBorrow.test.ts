import { describe, expect, it } from "vitest";
import { signJwt } from "../../worker/identity/jwt.ts";
import { aWorkspace, call, db } from "./fixtures.ts";
import { boot, hashFor, startConversation } from "./messenger.ts";
import { updateWorkspaceEnforcement } from "./workspaceSettings.ts";

// Issue 12 item 2: a valid user_hash or JWT proves its own user_id only; an unsigned email in the
// same boot never reaches another contact.

async function victimWithConversation(ws: Awaited<ReturnType<typeof aWorkspace>>) {
  const created = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "user", email: "victim@customer.com" } });
  const victim = await created.json<{ id: string }>();
  const mine = await boot(ws, { email: "victim@customer.com", user_hash: await hashFor("victim@customer.com") });
  expect(mine.visitorId).toBe(victim.id);
  await startConversation(ws, mine, "the victim's secret");
  return victim.id;
}

describe("POST /messenger/{app_id}/boot with a signed identity and an unsigned email", () => {
  it("keeps a user_hash for user A off contact B who has no external_id", async () => {
    const ws = await aWorkspace();
    await updateWorkspaceEnforcement(db(), ws.workspaceId, true);
    const victimId = await victimWithConversation(ws);
    const attacker = await boot(ws, { user_id: "attacker", email: "victim@customer.com", user_hash: await hashFor("attacker") });
    expect(attacker.visitorId).not.toBe(victimId);
    expect(attacker.body.conversations).toEqual([]);
  });

  it("keeps a JWT for user A off contact B when the email is outside the signed claims", async () => {
    const ws = await aWorkspace();
    await updateWorkspaceEnforcement(db(), ws.workspaceId, true);
    const victimId = await victimWithConversation(ws);
    const jwt = await signJwt("s3cret", { user_id: "attacker", exp: Math.floor(Date.now() / 1000) + 600 });
    const attacker = await boot(ws, { intercom_user_jwt: jwt, email: "victim@customer.com" });
    expect(attacker.visitorId).not.toBe(victimId);
    expect(attacker.body.conversations).toEqual([]);
  });

  it("does let a JWT whose signed email claim matches reach that contact", async () => {
    const ws = await aWorkspace();
    await updateWorkspaceEnforcement(db(), ws.workspaceId, true);
    const victimId = await victimWithConversation(ws);
    const jwt = await signJwt("s3cret", { user_id: "v-1", email: "victim@customer.com", exp: Math.floor(Date.now() / 1000) + 600 });
    const owner = await boot(ws, { intercom_user_jwt: jwt });
    expect(owner.visitorId).toBe(victimId);
  });

  it("does not let an email left unsigned on A's contact pull B's signed boot onto A", async () => {
    const ws = await aWorkspace();
    const a = await boot(ws, { user_id: "a", email: "b@customer.com", user_hash: await hashFor("a") });
    await startConversation(ws, a, "A's own words");
    const b = await boot(ws, { email: "b@customer.com", user_hash: await hashFor("b@customer.com") });
    expect(b.visitorId).not.toBe(a.visitorId);
    expect(b.body.conversations).toEqual([]);
  });
});
