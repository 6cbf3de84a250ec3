import { describe, expect, it } from "vitest";
import { cameOnline, presenceOf, wentOffline } from "./presence.ts";

describe("presenceOf", () => {
  it("lists every admin, online when a socket of theirs is open, with their away flag", () => {
    expect(presenceOf([{ id: 1, away: false }, { id: 2, away: true }], new Set(["2"]))).toEqual([
      { admin_id: "1", online: false, away: false },
      { admin_id: "2", online: true, away: true },
    ]);
  });
});

describe("wentOffline", () => {
  it("is true only when the admin's last socket closed", () => {
    expect(wentOffline("1", new Set())).toBe(true);
    expect(wentOffline("1", new Set(["1"]))).toBe(false);
    expect(wentOffline(null, new Set())).toBe(false);
  });
});

describe("cameOnline", () => {
  it("is true only for an admin's first socket", () => {
    expect(cameOnline("1", new Set())).toBe(true);
    expect(cameOnline("1", new Set(["1"]))).toBe(false);
  });
});
