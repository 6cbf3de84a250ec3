import { describe, expect, it } from "vitest";
import { bootSessionOf } from "./guards.ts";

const boot = (extra: Record<string, unknown>) => bootSessionOf({ token: "t", visitor_id: "v", contact: { id: "c" }, app: { name: "Acme" }, ...extra });

describe("bootSessionOf", () => {
  it("keeps the team's online flags and the office hours", () => {
    const session = boot({ team: [{ id: "1", name: "Ada", online: true }, { id: "2", name: "Alan" }], office_hours: { open: false, next_open_at: 1700000000, reply_time: "day" } });
    expect(session?.team).toEqual([{ id: "1", name: "Ada", online: true }, { id: "2", name: "Alan", online: false }]);
    expect(session?.office_hours).toEqual({ open: false, next_open_at: 1700000000, reply_time: "day" });
  });

  it("reads missing or malformed office hours as open with replies in minutes", () => {
    expect(boot({})?.office_hours).toEqual({ open: true, next_open_at: null, reply_time: "minutes" });
    expect(boot({ office_hours: { open: "no", reply_time: "weeks" } })?.office_hours).toEqual({ open: true, next_open_at: null, reply_time: "minutes" });
  });
});
