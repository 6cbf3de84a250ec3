import { describe, expect, it } from "vitest";
import type { ListFields } from "../db/listFields.ts";
import { freedTeams, mergePending, type PendingRow } from "./listBatch.ts";

const fields = (lastSeq: number): ListFields => ({
  state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, updatedAt: 0, waitingSince: null, firstAdminReplyAt: null, contactRepliedAt: null,
  closedAt: null, lastSeq, lastPartAt: 0, lastPartAuthorType: "user", lastPartPreview: "", partsCount: lastSeq, unreadByUser: 0, unreadByAdmin: 0,
});

describe("mergePending", () => {
  it("keeps the newest row of a conversation and every waiter", () => {
    const pending = new Map<number, PendingRow>();
    const calls: string[] = [];
    mergePending(pending, 7, fields(3), () => calls.push("a"));
    mergePending(pending, 7, fields(2), () => calls.push("b"));
    mergePending(pending, 7, fields(5), () => calls.push("c"));
    expect(pending.get(7)?.fields.lastSeq).toBe(5);
    pending.get(7)?.waiters.forEach((w) => w());
    expect(calls).toEqual(["a", "b", "c"]);
  });
});

describe("freedTeams", () => {
  it("names each team once whose conversation was closed or snoozed", () => {
    expect(freedTeams([{ state: "closed", teamAssigneeId: 1 }, { state: "snoozed", teamAssigneeId: 1 }, { state: "open", teamAssigneeId: 2 }, { state: "closed", teamAssigneeId: null }])).toEqual([1]);
  });
});
