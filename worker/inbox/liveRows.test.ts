import { describe, expect, it } from "vitest";
import type { ListFields } from "../db/listFields.ts";
import type { Conversation } from "../db/schema.ts";
import { liveRow, needsRead, ROW_BASE_TTL_MS, type RowBase } from "./liveRows.ts";

const conversation: Conversation = {
  id: 5, workspaceId: 1, contactId: "c1", state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, sourceAuthorType: "user",
  sourceAuthorId: "c1", sourceBody: "first", pageUrl: "https://shop.example/pricing", createdAt: 10, updatedAt: 10, waitingSince: 10, firstAdminReplyAt: null,
  closedAt: null, lastSeq: 1, lastPartAt: 10, lastPartAuthorType: "user", lastPartPreview: "first", partsCount: 1, unreadByUser: 0, unreadByAdmin: 1, sourceClientId: null,
};
const base: RowBase = { conversation, contact: { id: "c1", name: "Cleo", email: null, role: "lead" }, readAt: 1_000 };
const fields: ListFields = {
  state: "closed", snoozedUntil: null, adminAssigneeId: 3, teamAssigneeId: 2, updatedAt: 20, waitingSince: null, firstAdminReplyAt: 15, closedAt: 20,
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

describe("liveRow", () => {
  it("previews the room's latest message with the stored contact and page", () => {
    expect(liveRow(base, fields)).toMatchObject({
      id: "5", contact: { name: "Cleo" }, state: "closed", admin_assignee_id: "3", team_assignee_id: "2", last_part_preview: "latest",
      last_part_author_type: "admin", unread: 0, page_url: "https://shop.example/pricing", created_at: 10,
    });
  });
});
