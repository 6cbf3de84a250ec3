import { describe, expect, it } from "vitest";
import type { Part } from "../../../../shared/protocol.ts";
import { closedNow } from "./rating.ts";

let seq = 0;
const part = (part_type: Part["part_type"], who: "user" | "admin" = "admin"): Part => ({
  seq: ++seq,
  client_id: null,
  part_type,
  author: { type: who, id: who, name: null },
  body: part_type === "comment" ? "hi" : "",
  created_at: seq,
});

describe("closedNow", () => {
  it("is true after a close, even with a team message after it", () => {
    expect(closedNow([part("comment", "user"), part("close")])).toBe(true);
    expect(closedNow([part("comment", "user"), part("close"), part("comment")])).toBe(true);
  });

  it("is false before any close, after a reopen, and once the visitor writes again", () => {
    expect(closedNow([part("comment", "user")])).toBe(false);
    expect(closedNow([part("close"), part("open")])).toBe(false);
    expect(closedNow([part("close"), part("comment", "user")])).toBe(false);
  });
});
