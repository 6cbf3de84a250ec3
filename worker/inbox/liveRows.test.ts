import { describe, expect, it } from "vitest";
import type { ListFields } from "../db/listFields.ts";
import type { Conversation } from "../db/schema.ts";
import { baseExpiry, liveRow, needsRead, pruneBases, ROW_BASE_TTL_MS, ROW_BASES_KEPT, type RowBase } from "./liveRows.ts";

const conversation: Conversation = {
  id: 5, workspaceId: 1, contactId: "c1", state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, sourceAuthorType: "user",
  sourceAuthorId: "c1", sourceBody: "first", pageUrl: "https://shop.example/pricing", createdAt: 10, updatedAt: 10, waitingSince: 10, firstAdminReplyAt: null,
  closedAt: null, lastSeq: 1, lastPartAt: 10, lastPartAuthorType: "user", lastPartPreview: "first", partsCount: 1, unreadByUser: 0, unreadByAdmin: 1, sourceClientId: null,
  contactRepliedAt: 10,
};
const base: RowBase = { conversation, contact: { id: "c1", name: "Cleo", email: null, role: "lead" }, expiresAt: 1_000 + ROW_BASE_TTL_MS };
const fields: ListFields = {
  state: "closed", snoozedUntil: null, adminAssigneeId: 3, teamAssigneeId: 2, updatedAt: 20, waitingSince: null, firstAdminReplyAt: 15, closedAt: 20, contactRepliedAt: 10,
  lastSeq: 4, lastPartAt: 15, lastPartAuthorType: "admin", lastPartPreview: "latest", partsCount: 4, unreadByUser: 1, unreadByAdmin: 0,
};

describe("needsRead", () => {
  it("reads a conversation it never read, one read too long ago, or one that moved to another contact", () => {
    expect(needsRead(undefined, "c1", 0)).toBe(true);
    expect(needsRead(base, "c1", 1_000 + ROW_BASE_TTL_MS - 1)).toBe(false);
    expect(needsRead(base, "c1", 1_000 + ROW_BASE_TTL_MS)).toBe(true);
    expect(needsRead(base, "u9", 1_001)).toBe(true);
  });
});

describe("baseExpiry", () => {
  it("spreads expiries over three quarters to five quarters of the TTL", () => {
    expect(baseExpiry(0, 0)).toBe(ROW_BASE_TTL_MS * 0.75);
    expect(baseExpiry(0, 0.999_999)).toBeLessThanOrEqual(ROW_BASE_TTL_MS * 1.25);
  });
});

describe("pruneBases", () => {
  it("drops expired bases only once more than the kept number are held", () => {
    const bases = new Map<number, RowBase>();
    for (let id = 0; id <= ROW_BASES_KEPT; id++) bases.set(id, { ...base, expiresAt: id % 2 === 0 ? 10 : 1_000 });
    pruneBases(new Map([[1, base]]), 10_000_000);
    pruneBases(bases, 500);
    expect(bases.size).toBe(Math.floor(ROW_BASES_KEPT / 2));
  });
});

describe("liveRow", () => {
  it("previews the room's latest message with the stored contact and page", () => {
    expect(liveRow(base, fields)).toMatchObject({
      id: "5", contact: { name: "Cleo" }, state: "closed", admin_assignee_id: "3", team_assignee_id: "2", last_part_preview: "latest",
      last_part_author_type: "admin", unread: 0, page_url: "https://shop.example/pricing", created_at: 10,
    });
  });
});

describe("liveRow of an outbound message", () => {
  it("stays out of team views until the room reports the contact's reply", () => {
    const outbound: RowBase = { ...base, conversation: { ...conversation, sourceAuthorType: "admin", sourceAuthorId: "3", contactRepliedAt: null } };
    expect(liveRow(outbound, { ...fields, contactRepliedAt: null }).awaiting_contact).toBe(true);
    expect(liveRow(outbound, { ...fields, contactRepliedAt: 18 }).awaiting_contact).toBe(false);
    expect(liveRow(base, fields).awaiting_contact).toBe(false);
  });
});
