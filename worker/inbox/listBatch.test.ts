import { describe, expect, it } from "vitest";
import type { ListFields } from "../db/listFields.ts";
import { dueRows, freedTeams, mergePending, type PendingRow } from "./listBatch.ts";

const fields = (lastSeq: number): ListFields => ({
  state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, updatedAt: 0, waitingSince: null, firstAdminReplyAt: null, contactRepliedAt: null,
  closedAt: null, lastSeq, lastPartAt: 0, lastPartAuthorType: "user", lastPartPreview: "", partsCount: lastSeq, unreadByUser: 0, unreadByAdmin: 0,
});

describe("mergePending", () => {
  it("keeps the newest row of a conversation and every waiter", () => {
    const pending = new Map<number, PendingRow>();
    const calls: string[] = [];
    mergePending(pending, 7, { fields: fields(3), dueAt: 500, urgent: false }, () => calls.push("a"));
    mergePending(pending, 7, { fields: fields(2), dueAt: 600, urgent: false }, () => calls.push("b"));
    mergePending(pending, 7, { fields: fields(5), dueAt: 700, urgent: true }, () => calls.push("c"));
    expect(pending.get(7)).toMatchObject({ fields: { lastSeq: 5 }, dueAt: 500, urgent: true });
    pending.get(7)?.waiters.forEach((w) => w());
    expect(calls).toEqual(["a", "b", "c"]);
  });
});

describe("dueRows", () => {
  it("takes due rows only, urgent ones first, then the most overdue, up to the limit", () => {
    const pending = new Map<number, PendingRow>();
    const add = (id: number, dueAt: number, urgent = false) => mergePending(pending, id, { fields: fields(1), dueAt, urgent }, () => {});
    add(1, 300);
    add(2, 100);
    add(3, 900);
    add(4, 250, true);
    add(5, 200);
    expect(dueRows(pending, 400, 3)).toEqual([4, 2, 5]);
    expect(dueRows(pending, 400, 10)).toEqual([4, 2, 5, 1]);
    expect(dueRows(pending, 50, 10)).toEqual([]);
  });
});

describe("freedTeams", () => {
  it("names each team once whose conversation was closed or snoozed", () => {
    expect(freedTeams([{ state: "closed", teamAssigneeId: 1 }, { state: "snoozed", teamAssigneeId: 1 }, { state: "open", teamAssigneeId: 2 }, { state: "closed", teamAssigneeId: null }])).toEqual([1]);
  });
});
