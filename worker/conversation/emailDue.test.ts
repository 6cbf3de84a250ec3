import { describe, expect, it } from "vitest";
import type { Author, Part } from "../../shared/protocol.ts";
import { earliest, emailDelaySeconds, emailPlan } from "./emailDue.ts";

const admin: Author = { type: "admin", id: "1", name: "Ann" };
const user: Author = { type: "user", id: "c", name: null };
const bot: Author = { type: "bot", id: "routing", name: "Routing rules" };
const part = (seq: number, author: Author, createdAt: number, partType: Part["part_type"] = "comment"): Part => ({ seq, client_id: null, part_type: partType, author, body: `part ${seq}`, created_at: createdAt });

describe("emailPlan", () => {
  const base = { readUser: 0, emailedSeq: 0, delayS: 60, contactWrote: true };

  it("emails an admin comment nobody has shown once the delay has passed, not before", () => {
    const parts = [part(1, user, 100), part(2, admin, 200)];
    expect(emailPlan({ ...base, parts, now: 259 })).toEqual({ due: [], nextAt: 260 });
    expect(emailPlan({ ...base, parts, now: 260 }).due.map((p) => p.seq)).toEqual([2]);
  });

  it("does not email a comment the contact's messenger has shown", () => {
    const parts = [part(2, admin, 200), part(3, admin, 210)];
    expect(emailPlan({ ...base, parts, readUser: 2, now: 400 }).due.map((p) => p.seq)).toEqual([3]);
    expect(emailPlan({ ...base, parts, readUser: 3, now: 400 })).toEqual({ due: [], nextAt: null });
  });

  it("does not email a comment twice", () => {
    const parts = [part(2, admin, 200), part(3, admin, 230)];
    expect(emailPlan({ ...base, parts, emailedSeq: 2, now: 270 })).toEqual({ due: [], nextAt: 290 });
  });

  it("emails only admins' comments: not notes, assignments or the contact's own words", () => {
    const parts = [part(1, user, 100), part(2, admin, 100, "note"), part(3, bot, 100, "assignment"), part(4, admin, 100, "close")];
    expect(emailPlan({ ...base, parts, now: 1000 })).toEqual({ due: [], nextAt: null });
  });

  it("waits for the earliest of several comments still within the delay", () => {
    const parts = [part(1, admin, 300), part(2, admin, 250)];
    expect(emailPlan({ ...base, parts, now: 280 }).nextAt).toBe(310);
  });

  it("does not email an outbound message in a conversation the contact never wrote in", () => {
    expect(emailPlan({ ...base, contactWrote: false, parts: [part(1, admin, 100)], now: 1000 })).toEqual({ due: [], nextAt: null });
  });

  it("with no delay emails at once", () => {
    expect(emailPlan({ ...base, delayS: 0, parts: [part(1, admin, 300)], now: 300 }).due).toHaveLength(1);
  });
});

describe("emailDelaySeconds", () => {
  it("reads whole seconds and falls back to 60 for anything else", () => {
    expect(emailDelaySeconds(undefined)).toBe(60);
    expect(emailDelaySeconds("")).toBe(60);
    expect(emailDelaySeconds("abc")).toBe(60);
    expect(emailDelaySeconds("-5")).toBe(60);
    expect(emailDelaySeconds("0")).toBe(0);
    expect(emailDelaySeconds("2.7")).toBe(2);
  });
});

describe("earliest", () => {
  it("takes the earlier time and ignores a missing one", () => {
    expect(earliest(null, null)).toBeNull();
    expect(earliest(5, null)).toBe(5);
    expect(earliest(null, 7)).toBe(7);
    expect(earliest(9, 7)).toBe(7);
  });
});
