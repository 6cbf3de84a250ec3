import { describe, expect, it } from "vitest";
import type { Part } from "../../shared/protocol.ts";
import { applyPart, preview, shouldRelayTyping, TYPING_INTERVAL_MS, visibleToUser } from "./lifecycle.ts";
import type { RoomMeta } from "../durable/types.ts";

const meta: RoomMeta = {
  workspaceId: 1, conversationId: 7, contactId: "c", state: "open", snoozedUntil: null,
  adminAssigneeId: null, teamAssigneeId: null, createdAt: 0, readUser: 0, readAdmin: 0,
  waitingSince: null, firstAdminReplyAt: null, closedAt: null,
};
const aPart = (overrides: Partial<Part>): Part => ({
  seq: 1, client_id: null, part_type: "comment", author: { type: "user", id: "c", name: null }, body: "hi", created_at: 0, ...overrides,
});
const admin = { type: "admin" as const, id: "1", name: "Ann" };

describe("applyPart", () => {
  it("closes, snoozes until a time and reopens", () => {
    const closed = applyPart(meta, aPart({ part_type: "close", author: admin }));
    expect(closed.state).toBe("closed");
    const snoozed = applyPart(meta, aPart({ part_type: "snoozed", author: admin, snoozed_until: 99 }));
    expect(snoozed).toMatchObject({ state: "snoozed", snoozedUntil: 99 });
    expect(applyPart(snoozed, aPart({ part_type: "open", author: admin }))).toMatchObject({ state: "open", snoozedUntil: null });
  });

  it("reopens a closed or snoozed conversation when the contact replies, not when an admin does", () => {
    const closed = { ...meta, state: "closed" as const };
    expect(applyPart(closed, aPart({})).state).toBe("open");
    expect(applyPart(closed, aPart({ author: admin })).state).toBe("closed");
  });

  it("assigns to an admin or a team, and unassigns", () => {
    const toTeam = applyPart(meta, aPart({ part_type: "assignment", author: admin, assigned_to: { type: "team", id: "3", name: "Sales" } }));
    expect(toTeam).toMatchObject({ teamAssigneeId: 3, adminAssigneeId: null });
    const toAdmin = applyPart(toTeam, aPart({ part_type: "assignment", author: admin, assigned_to: { type: "admin", id: "5", name: "Bo" } }));
    expect(toAdmin).toMatchObject({ teamAssigneeId: 3, adminAssigneeId: 5 });
    expect(applyPart(toAdmin, aPart({ part_type: "assignment", author: admin, assigned_to: null }))).toMatchObject({ teamAssigneeId: null, adminAssigneeId: null });
  });
});

describe("applyPart times", () => {
  it("waits from the first unanswered user comment until an admin replies", () => {
    const waiting = applyPart(applyPart(meta, aPart({ created_at: 10 })), aPart({ created_at: 20 }));
    expect(waiting.waitingSince).toBe(10);
    const answered = applyPart(waiting, aPart({ author: admin, created_at: 30 }));
    expect(answered).toMatchObject({ waitingSince: null, firstAdminReplyAt: 30 });
    expect(applyPart(answered, aPart({ author: admin, created_at: 40 })).firstAdminReplyAt).toBe(30);
  });

  it("does not count an outbound message as a first response, only the reply to the contact", () => {
    const outbound = applyPart(meta, aPart({ author: admin, created_at: 5 }));
    expect(outbound.firstAdminReplyAt).toBeNull();
    const answered = applyPart(applyPart(outbound, aPart({ created_at: 10 })), aPart({ author: admin, created_at: 25 }));
    expect(answered.firstAdminReplyAt).toBe(25);
  });

  it("keeps the contact waiting through an automatic reply from a bot", () => {
    const waiting = applyPart(meta, aPart({ created_at: 10 }));
    const autoReplied = applyPart(waiting, aPart({ author: { type: "bot", id: "office_hours", name: null }, created_at: 11 }));
    expect(autoReplied).toMatchObject({ waitingSince: 10, firstAdminReplyAt: null });
  });

  it("records when the conversation was closed", () => {
    expect(applyPart(meta, aPart({ part_type: "close", author: admin, created_at: 50 })).closedAt).toBe(50);
  });
});

describe("visibleToUser", () => {
  it("hides notes, assignments and snoozes from the contact", () => {
    expect(visibleToUser(aPart({ part_type: "note" }))).toBe(false);
    expect(visibleToUser(aPart({ part_type: "assignment", assigned_to: { type: "team", id: "1", name: "Sales" } }))).toBe(false);
    expect(visibleToUser(aPart({ part_type: "snoozed" }))).toBe(false);
    expect(visibleToUser(aPart({ part_type: "close" }))).toBe(true);
    expect(visibleToUser(aPart({}))).toBe(true);
  });
});

describe("shouldRelayTyping", () => {
  it("relays the first typing and then at most once per interval", () => {
    expect(shouldRelayTyping(undefined, 1000)).toBe(true);
    expect(shouldRelayTyping(1000, 1000 + TYPING_INTERVAL_MS - 1)).toBe(false);
    expect(shouldRelayTyping(1000, 1000 + TYPING_INTERVAL_MS)).toBe(true);
  });
});

describe("preview", () => {
  it("flattens whitespace, shortens long text and names actions", () => {
    expect(preview(aPart({ body: " a\n\n b " }))).toBe("a b");
    expect(preview(aPart({ body: "x".repeat(200) }))).toHaveLength(140);
    expect(preview(aPart({ part_type: "close", body: "" }))).toBe("Conversation closed");
  });
});
