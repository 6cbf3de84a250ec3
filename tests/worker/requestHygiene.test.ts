import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";
import { boot, startConversation } from "./messenger.ts";

// Issue 12, item 11: malformed paths are the client's mistake, and search stays under D1's
// 100 bound parameters.

describe("a malformed % in the path", () => {
  it("answers 400 on the REST API", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts/%E0%A4%A", { token: ws.token });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("parameter_invalid");
  });

  it("answers 400 on messenger and help paths", async () => {
    expect((await call("/messenger/%ZZ/conversations")).status).toBe(400);
    expect((await call("/hc/articles/guides/%E0%A4%A.json")).status).toBe(400);
  });
});

describe("POST /conversations/search bound parameters", () => {
  it("answers a query with 30 lists of 50 values without a server error", async () => {
    const ws = await aWorkspace();
    await boot(ws);
    const values = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const query = { operator: "OR", value: Array.from({ length: 30 }, () => ({ field: "contact_ids", operator: "IN", value: values })) };
    const response = await call("/api/conversations/search", { method: "POST", token: ws.token, json: { query } });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toMatchObject({ total_count: 0 });
  });

  it("still finds conversations through long lists of numbers and texts", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const started = await startConversation(ws, visitor);
    const ids = [Number(started.id), ...Array.from({ length: 49 }, (_, i) => i + 1)];
    const query = { operator: "AND", value: [{ field: "id", operator: "IN", value: ids }, { field: "contact_ids", operator: "IN", value: [visitor.visitorId, "nobody"] }, { field: "state", operator: "NIN", value: ["closed", "snoozed"] }] };
    const response = await call("/api/conversations/search", { method: "POST", token: ws.token, json: { query } });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toMatchObject({ total_count: 1, conversations: [{ id: started.id }] });
  });
});
