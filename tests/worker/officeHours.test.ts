import { describe, expect, it } from "vitest";
import { DAYS } from "../../shared/officeHours/types.ts";
import { aTeam, aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { boot, room, startConversation } from "./messenger.ts";

// Office hours over REST (CONTRACT §7), in the messenger's boot and in the automatic reply to a
// conversation started outside them (issue 13 item 6).
const DAY_S = 86_400;
const nowS = () => Math.floor(Date.now() / 1000);
/** The UTC weekday two days from now: a schedule open only then is closed now, whatever the hour. */
const dayAfterTomorrow = () => {
  const date = new Date((nowS() + 2 * DAY_S) * 1000);
  return { day: DAYS[(date.getUTCDay() + 6) % 7] ?? "monday", nineUtc: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 9) / 1000 };
};
const closedNow = () => ({ timezone: "UTC", intervals: [{ day: dayAfterTomorrow().day, open: "09:00", close: "17:00" }], reply_time: "hours" });
const openNow = { timezone: "Europe/Paris", intervals: DAYS.map((day) => ({ day, open: "00:00", close: "24:00" })), reply_time: "day" };

const put = (ws: TestWorkspace, json: unknown, query = "") => call(`/api/office_hours${query}`, { method: "PUT", token: ws.token, json });
const get = (ws: TestWorkspace, query = "") => call(`/api/office_hours${query}`, { token: ws.token });

describe("GET /api/office_hours", () => {
  it("answers open around the clock with replies in minutes where none were set", async () => {
    const ws = await aWorkspace();
    const response = await get(ws);
    expect(response.status).toBe(200);
    const body = await response.json<{ intervals: unknown[] }>();
    expect(body).toMatchObject({ type: "office_hours", team_id: null, inherited: true, timezone: "UTC", reply_time: "minutes" });
    expect(body.intervals).toHaveLength(7);
  });

  it("refuses a request without a token with an error list", async () => {
    const response = await call("/api/office_hours");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: "error.list", errors: [{ code: "unauthorized" }] });
  });
});

describe("PUT /api/office_hours", () => {
  it("stores the schedule, answers it and serves it back to that workspace only", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const hours = { timezone: "Europe/Paris", intervals: [{ day: "monday", open: "09:00", close: "17:30" }, { day: "friday", open: "10:00", close: "24:00" }], reply_time: "hours" };
    const saved = await put(ws, hours);
    expect(saved.status).toBe(200);
    const expected = { type: "office_hours", team_id: null, inherited: false, ...hours };
    expect(await saved.json()).toEqual(expected);
    expect(await (await get(ws)).json()).toEqual(expected);
    expect(await (await get(other)).json()).toMatchObject({ inherited: true, timezone: "UTC" });
  });

  it("refuses an unknown time zone, a bad clock, a closing before the opening and a missing reply time", async () => {
    const ws = await aWorkspace();
    const valid = { timezone: "UTC", intervals: [{ day: "monday", open: "09:00", close: "17:00" }], reply_time: "minutes" };
    const zone = await put(ws, { ...valid, timezone: "Moon/Base" });
    expect(zone.status).toBe(400);
    expect(await zone.json()).toMatchObject({ type: "error.list", errors: [{ code: "parameter_invalid", message: expect.stringContaining("timezone") }] });
    expect(await errorCode(await put(ws, { ...valid, intervals: [{ day: "monday", open: "9am", close: "17:00" }] }))).toBe("parameter_invalid");
    expect(await errorCode(await put(ws, { ...valid, intervals: [{ day: "monday", open: "17:00", close: "09:00" }] }))).toBe("parameter_invalid");
    const { reply_time: _, ...noReplyTime } = valid;
    const missing = await put(ws, noReplyTime);
    expect(missing.status).toBe(422);
    expect(await errorCode(missing)).toBe("parameter_not_found");
    expect(await (await get(ws)).json()).toMatchObject({ inherited: true });
  });

  it("keeps a team's own hours apart, falls back to the workspace's and refuses another workspace's team", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const team = await aTeam(ws, "Night shift", [ws.ownerId]);
    await put(ws, openNow);
    expect(await (await get(ws, `?team_id=${team}`)).json()).toMatchObject({ team_id: String(team), inherited: true, timezone: "Europe/Paris" });
    const own = await put(ws, closedNow(), `?team_id=${team}`);
    expect(await own.json()).toMatchObject({ team_id: String(team), inherited: false, timezone: "UTC" });
    expect(await (await get(ws)).json()).toMatchObject({ inherited: false, timezone: "Europe/Paris" });
    const removed = await call(`/api/office_hours?team_id=${team}`, { method: "DELETE", token: ws.token });
    expect(await removed.json()).toMatchObject({ team_id: String(team), inherited: true, timezone: "Europe/Paris" });
    expect((await put(other, openNow, `?team_id=${team}`)).status).toBe(404);
    expect(await errorCode(await get(ws, "?team_id=abc"))).toBe("parameter_invalid");
  });
});

describe("the messenger's boot", () => {
  it("tells the messenger whether the team is in, when it is back and the promised reply time", async () => {
    const ws = await aWorkspace();
    expect((await boot(ws)).body.office_hours).toEqual({ open: true, next_open_at: null, reply_time: "minutes" });
    await put(ws, closedNow());
    expect((await boot(ws)).body.office_hours).toEqual({ open: false, next_open_at: dayAfterTomorrow().nineUtc, reply_time: "hours" });
  });

  it("shows the team by first name with an online flag and nothing else", async () => {
    const ws = await aWorkspace();
    const { body } = await boot(ws);
    expect(body.team).toEqual([{ id: String(ws.ownerId), name: "Owner", online: false }]);
  });
});

describe("a conversation started outside office hours", () => {
  const partsOf = async (ws: TestWorkspace, id: string) => (await room(ws, id).snapshot("user"))?.parts ?? [];

  it("gets one automatic reply saying when the team is back, asking for an email, and stays waiting for the team", async () => {
    const ws = await aWorkspace();
    await put(ws, closedNow());
    const visitor = await boot(ws);
    const response = await call(`/messenger/${ws.appId}/conversations`, {
      method: "POST",
      json: { client_id: crypto.randomUUID(), body: "Hello?", time_zone: "UTC" },
      headers: { authorization: `Bearer ${visitor.token}` },
    });
    const { conversation } = await response.json<{ conversation: { id: string } }>();
    const parts = await partsOf(ws, conversation.id);
    expect(parts.map((p) => [p.author.type, p.part_type])).toEqual([["user", "comment"], ["bot", "comment"]]);
    expect(parts[1]?.body).toMatch(/^Thanks for your message! We're away right now and will be back \w+ at 9:00; we'll answer you then\.\n\nLeave your email below/);
    expect((await room(ws, conversation.id).snapshot("admin"))?.meta).toMatchObject({ waitingSince: parts[0]?.created_at, firstAdminReplyAt: null });
  });

  it("does not ask a contact with an email for one, and says nothing during office hours", async () => {
    const ws = await aWorkspace();
    await put(ws, closedNow());
    const known = await startConversation(ws, await boot(ws, { email: "known@example.com" }));
    const body = (await partsOf(ws, known.id))[1]?.body ?? "";
    expect(body).toContain("(UTC time)");
    expect(body).not.toContain("email");
    await put(ws, openNow);
    const during = await startConversation(ws, await boot(ws));
    expect(await partsOf(ws, during.id)).toHaveLength(1);
  });
});
