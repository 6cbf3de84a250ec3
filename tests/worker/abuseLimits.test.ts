import { describe, expect, it } from "vitest";
import { CONVERSATIONS_PER_HOUR, EVENTS_PER_MINUTE, MAX_CUSTOM_ATTRIBUTES } from "../../worker/http/contactLimits.ts";
import { aWorkspace, call, errorCode } from "./fixtures.ts";
import { boot, startConversation } from "./messenger.ts";

// Issue 12, item 5 (HTTP side): limits a visitor cannot skip, counted per contact.

const address = (n: number) => ({ "cf-connecting-ip": `198.51.100.${n}` });

/** Sends until the first 429 or `max` requests; fixed windows may reset once in between. */
async function untilRefused(max: number, send: () => Promise<Response>): Promise<Response[]> {
  const responses: Response[] = [];
  for (let i = 0; i < max; i++) {
    const response = await send();
    responses.push(response);
    if (response.status === 429) break;
  }
  return responses;
}

describe("POST /messenger/{app_id}/boot new-visitor limit", () => {
  it("counts a boot whose token does not verify as a new visitor", async () => {
    const ws = await aWorkspace();
    const forged = `v1.${ws.workspaceId}.${"0".repeat(24)}.1700000000.${"A".repeat(43)}`;
    const responses = await untilRefused(61, () => call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: {}, token: forged }, headers: address(21) }));
    const refused = responses.at(-1);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("retry-after")).toMatch(/^[0-9]+$/);
  }, 60_000);
});

describe("POST /messenger/{app_id}/conversations per contact", () => {
  it("refuses more than the hourly number of new conversations with 429 and Retry-After", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const responses = await untilRefused(2 * CONVERSATIONS_PER_HOUR + 1, () =>
      call(`/messenger/${ws.appId}/conversations`, { method: "POST", json: { client_id: crypto.randomUUID(), body: "Hi" }, headers: { authorization: `Bearer ${visitor.token}` } }),
    );
    const refused = responses.at(-1);
    expect(refused?.status).toBe(429);
    expect(await refused?.json()).toMatchObject({ type: "error.list", errors: [{ code: "rate_limit_exceeded", message: expect.stringContaining(String(CONVERSATIONS_PER_HOUR)) }] });
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another contact of the same workspace is not affected.
    await startConversation(ws, await boot(ws));
  }, 60_000);
});

describe("POST /messenger/{app_id}/events per contact", () => {
  it("refuses more than the events a contact may send in a minute", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const responses = await untilRefused(2 * EVENTS_PER_MINUTE + 1, () =>
      call(`/messenger/${ws.appId}/events`, { method: "POST", json: { event_name: "clicked" }, headers: { authorization: `Bearer ${visitor.token}` } }),
    );
    expect(responses.at(-1)?.status).toBe(429);
    expect(responses.filter((r) => r.status === 202).length).toBeGreaterThanOrEqual(EVENTS_PER_MINUTE);
  }, 60_000);
});

describe("custom attributes in total per contact", () => {
  const attributes = (prefix: string) => Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${prefix}_${i}`, i]));

  it("answers PUT /contacts/{id} with a 400 naming the limit once the merged attributes exceed it", async () => {
    const ws = await aWorkspace();
    const created = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "user", external_id: "many-attributes" } });
    const { id } = await created.json<{ id: string }>();
    const put = (prefix: string) => call(`/api/contacts/${id}`, { method: "PUT", token: ws.token, json: { custom_attributes: attributes(prefix) } });
    expect((await put("a")).status).toBe(200);
    expect((await put("b")).status).toBe(200);
    const third = await put("c");
    expect(third.status).toBe(400);
    expect(await third.json()).toMatchObject({ errors: [{ code: "parameter_invalid", message: expect.stringContaining(String(MAX_CUSTOM_ATTRIBUTES)) }] });
    // Removing keys (null) is always allowed.
    expect((await call(`/api/contacts/${id}`, { method: "PUT", token: ws.token, json: { custom_attributes: { a_1: null } } })).status).toBe(200);
  });

  it("answers a messenger update that would exceed the limit with a 400", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws, attributes("a"));
    const update = (prefix: string) => call(`/messenger/${ws.appId}/update`, { method: "POST", json: { token: visitor.token, settings: attributes(prefix) } });
    expect((await update("b")).status).toBe(200);
    const third = await update("c");
    expect(third.status).toBe(400);
    expect(await errorCode(third)).toBe("parameter_invalid");
  });
});
