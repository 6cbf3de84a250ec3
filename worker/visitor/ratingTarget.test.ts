import { describe, expect, it } from "vitest";
import type { Part } from "../../shared/protocol.ts";
import { ratingTarget } from "./ratingTarget.ts";

let seq = 0;
const part = (part_type: Part["part_type"], extra: Partial<Part> = {}): Part => ({
  seq: ++seq,
  client_id: null,
  part_type,
  author: { type: "admin", id: "1", name: null },
  body: "",
  created_at: seq,
  ...extra,
});
const assign = (type: "admin" | "team", id: string) => part("assignment", { assigned_to: { type, id, name: null } });
const userSays = () => part("comment", { author: { type: "user", id: "c", name: null }, body: "hi" });

describe("ratingTarget", () => {
  it("names the admin and team assigned at the close", () => {
    expect(ratingTarget([userSays(), assign("team", "7"), assign("admin", "3"), part("close")])).toEqual({ adminId: 3, teamId: 7 });
  });

  it("keeps the assignees of the close when someone is assigned afterwards", () => {
    expect(ratingTarget([userSays(), assign("admin", "3"), part("close"), assign("admin", "4")])).toEqual({ adminId: 3, teamId: null });
  });

  it("is null for a conversation never closed, or reopened since", () => {
    expect(ratingTarget([userSays()])).toBeNull();
    expect(ratingTarget([userSays(), part("close"), part("open")])).toBeNull();
    expect(ratingTarget([userSays(), part("close"), userSays()])).toBeNull();
  });

  it("uses the last close after a reopen", () => {
    expect(ratingTarget([userSays(), assign("admin", "3"), part("close"), part("open"), assign("admin", "5"), part("close")])).toEqual({ adminId: 5, teamId: null });
  });

  it("forgets both assignees on an unassignment", () => {
    expect(ratingTarget([assign("team", "7"), assign("admin", "3"), part("assignment", { assigned_to: null }), part("close")])).toEqual({ adminId: null, teamId: null });
  });
});
