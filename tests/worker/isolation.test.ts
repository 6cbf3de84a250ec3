import { describe, expect, it } from "vitest";
import { aTeam, aWorkspace, call } from "./fixtures.ts";

async function aContact(token: string, body: Record<string, unknown>): Promise<{ id: string }> {
  const response = await call("/api/contacts", { method: "POST", token, json: body });
  expect(response.status).toBe(200);
  const json: unknown = await response.json();
  if (typeof json !== "object" || json === null || !("id" in json) || typeof json.id !== "string") throw new Error("no id");
  return { id: json.id };
}

describe("workspace isolation", () => {
  it("never shows a token of workspace A the contacts of workspace B", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const mine = await aContact(a.token, { email: "shared@example.com", external_id: "same-id" });
    const theirs = await aContact(b.token, { email: "shared@example.com", external_id: "same-id", name: "B's" });

    expect((await call(`/api/contacts/${theirs.id}`, { token: a.token })).status).toBe(404);
    expect((await call(`/api/contacts/${theirs.id}`, { method: "PUT", token: a.token, json: { name: "hijacked" } })).status).toBe(404);
    expect((await call(`/api/contacts/${theirs.id}`, { method: "DELETE", token: a.token })).status).toBe(404);
    expect((await call(`/api/contacts/${theirs.id}`, { token: b.token })).status).toBe(200);

    const found = await (await call("/api/contacts/find_by_external_id/same-id", { token: a.token })).json();
    expect(found).toMatchObject({ id: mine.id });

    const list = await (await call("/api/contacts", { token: a.token })).json();
    expect(list).toMatchObject({ total_count: 1, data: [{ id: mine.id }] });

    const search = await (
      await call("/api/contacts/search", { method: "POST", token: a.token, json: { query: { field: "email", operator: "=", value: "shared@example.com" } } })
    ).json();
    expect(search).toMatchObject({ total_count: 1, data: [{ id: mine.id }] });

    const event = await call("/api/events", { method: "POST", token: a.token, json: { event_name: "x", id: theirs.id } });
    expect(event.status).toBe(404);
  });

  it("never shows a token of workspace A the admins or teams of workspace B", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const teamB = await aTeam(b, "Sales", [b.ownerId]);
    const admins = await (await call("/api/admins", { token: a.token })).json();
    expect(admins).toMatchObject({ type: "admin.list", admins: [{ id: String(a.ownerId) }] });
    expect((await call(`/api/admins/${b.ownerId}`, { token: a.token })).status).toBe(404);
    expect((await call(`/api/teams/${teamB}`, { token: a.token })).status).toBe(404);
    expect(await (await call("/api/teams", { token: a.token })).json()).toEqual({ type: "team.list", teams: [] });
  });
});

describe("admins and teams", () => {
  it("lists teams with their members and admins with their teams", async () => {
    const ws = await aWorkspace();
    const sales = await aTeam(ws, "Sales", [ws.ownerId]);
    const support = await aTeam(ws, "Support", []);
    const teams = await (await call("/api/teams", { token: ws.token })).json();
    expect(teams).toMatchObject({
      type: "team.list",
      teams: [
        { type: "team", id: String(sales), name: "Sales", admin_ids: [String(ws.ownerId)] },
        { type: "team", id: String(support), name: "Support", admin_ids: [] },
      ],
    });
    expect(await (await call(`/api/teams/${sales}`, { token: ws.token })).json()).toMatchObject({ name: "Sales" });
    expect(await (await call(`/api/admins/${ws.ownerId}`, { token: ws.token })).json()).toMatchObject({
      type: "admin",
      team_ids: [String(sales)],
      away_mode_enabled: false,
    });
  });

  it("answers not_found for ids that cannot exist", async () => {
    const ws = await aWorkspace();
    for (const path of ["/api/admins/abc", "/api/admins/0", "/api/teams/1%20OR%201=1", "/api/teams/99999999"]) {
      expect((await call(path, { token: ws.token })).status).toBe(404);
    }
  });
});
