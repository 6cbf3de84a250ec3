import { describe, expect, it } from "vitest";
import type { ListFields } from "../db/listFields.ts";
import type { Conversation } from "../db/schema.ts";
import { baseExpiry, liveRow, pruneBases, REFRESHES_PER_BATCH, ROW_BASE_TTL_MS, ROW_BASES_KEPT, toRead, type RowBase } from "./liveRows.ts";

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

describe("toRead", () => {
  it("reads every row without a usable base and only a few expired ones per batch", () => {
    const bases = new Map<number, RowBase>();
    for (let id = 1; id <= 30; id++) bases.set(id, { ...base, conversation: { ...conversation, id }, expiresAt: 100 });
    const changes = [{ conversationId: 99, contactId: "c1" }, { conversationId: 1, contactId: "u9" }, ...Array.from({ length: 28 }, (_, i) => ({ conversationId: i + 2, contactId: "c1" }))];
    const read = toRead(bases, changes, 200);
    expect(read.slice(0, 2)).toEqual([99, 1]);
    expect(read).toHaveLength(2 + REFRESHES_PER_BATCH);
    expect(toRead(bases, changes.slice(2), 50)).toEqual([]);
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
