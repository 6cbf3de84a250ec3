import { describe, expect, it } from "vitest";
import { call, aWorkspace, type TestWorkspace } from "./fixtures.ts";
import { anAutoMessage } from "./engageFixtures.ts";
import { boot, type Visitor } from "./messenger.ts";

async function visitorConversations(ws: TestWorkspace, visitor: Visitor): Promise<{ id: string }[]> {
  const response = await call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${visitor.token}` } });
  const body: { conversations: { id: string }[] } = await response.json();
  return body.conversations;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("auto messages during a visit", () => {
  it("reach a visitor in-app as soon as an update makes them match", async () => {
    const ws = await aWorkspace();
    await anAutoMessage(ws, { rules: { field: "custom_attributes.plan", operator: "=", value: "pro" }, body: "Welcome to Pro!" });
    const visitor = await boot(ws, { plan: "free" });
    expect(await eventually(() => visitorConversations(ws, visitor), (list) => list.length > 0, 300)).toEqual([]);

    const update = await call(`/messenger/${ws.appId}/update`, { method: "POST", json: { settings: { app_id: ws.appId, plan: "pro" }, token: visitor.token } });
    expect(update.status).toBe(200);
    const list = await eventually(() => visitorConversations(ws, visitor), (l) => l.length > 0);
    expect(list).toHaveLength(1);
    const conversation = await call(`/messenger/${ws.appId}/conversations/${list[0]?.id}`, { headers: { authorization: `Bearer ${visitor.token}` } });
    const body: { parts: { body: string; author: { type: string } }[] } = await conversation.json();
    expect(body.parts[0]).toMatchObject({ body: "Welcome to Pro!", author: { type: "admin" } });

    await call(`/messenger/${ws.appId}/update`, { method: "POST", json: { settings: { app_id: ws.appId, plan: "pro" }, token: visitor.token } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await visitorConversations(ws, visitor)).toHaveLength(1);
  });
});
